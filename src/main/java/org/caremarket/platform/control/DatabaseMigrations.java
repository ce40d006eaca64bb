package org.caremarket.platform.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.caremarket.platform.control.migration.VacancyLinesIntoReports;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema to the current version before anything touches the database, then announces
 * {@link DatabaseReady}. Migrations are plain SQL under {@code db/migration}, written once for both
 * Derby and PostgreSQL, and, where data must be reshaped in a way SQL alone cannot do in both, Java classes
 * in {@code platform.control.migration} listed here. Each Flyway folder (db/migration, db/callback) holds an empty {@code flyway.location} file: Liberty's
 * class loader, like WebSphere's, only finds a classpath folder through a file in it.
 */
@ApplicationScoped
public class DatabaseMigrations {

    private static final Logger LOG = Logger.getLogger(DatabaseMigrations.class.getName());

    @Resource(lookup = "jdbc/caremarket")
    DataSource dataSource;

    @Inject
    Event<DatabaseReady> ready;

    void migrateAtStartup(@Observes @Initialized(ApplicationScoped.class) Object started) {
        String product = databaseProduct();
        Flyway flyway = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .javaMigrations(new VacancyLinesIntoReports())
                .load();
        MigrateResult result = flyway.migrate();
        LOG.info(() -> "Database " + product + ": " + result.migrationsExecuted
                + " migration(s) applied, schema at version " + flyway.info().current().getVersion());
        ready.fire(new DatabaseReady(product, result.migrationsExecuted));
    }

    private String databaseProduct() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            throw new IllegalStateException("The database cannot be reached at start-up", e);
        }
    }
}
