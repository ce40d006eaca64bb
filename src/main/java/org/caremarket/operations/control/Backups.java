package org.caremarket.operations.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.caremarket.access.control.AuditTrail;
import org.caremarket.access.control.CurrentCaller;
import org.caremarket.platform.entity.Conflict;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Online backups of the embedded database (Derby's {@code SYSCS_UTIL.SYSCS_BACKUP_DATABASE}). */
@ApplicationScoped
public class Backups {

    private static final DateTimeFormatter FOLDER = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'")
            .withZone(ZoneOffset.UTC);

    @PersistenceContext(unitName = "caremarket")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CurrentCaller caller;

    @Inject
    AuditTrail audit;

    @Inject
    @ConfigProperty(name = "db.kind", defaultValue = "derby")
    String databaseKind;

    @Inject
    @ConfigProperty(name = "backup.dir", defaultValue = "backups")
    String backupDir;

    /** A backup taken: the folder that holds it, and when. */
    public record Backup(String folder, Instant at) {
    }

    /** Copies the live database into a new folder; other requests go on meanwhile. */
    @Transactional
    public Backup backUp() {
        if (!"derby".equalsIgnoreCase(databaseKind)) {
            throw new Conflict("/problems/backup-not-here", "Back up PostgreSQL with its own tools",
                    "This server runs on " + databaseKind + ": take backups with pg_dump or the database service's "
                            + "own backups. This operation backs up the embedded Derby database.");
        }
        Instant at = clock.instant();
        Path folder = Path.of(backupDir, FOLDER.format(at)).toAbsolutePath();
        em.createNativeQuery("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)").setParameter(1, folder.toString()).executeUpdate();
        audit.changed(caller.get(), "operations.backup", "Database", "derby", null, Map.of("folder", folder.toString()));
        return new Backup(folder.toString(), at);
    }
}
