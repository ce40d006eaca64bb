package org.caremarket.assistant.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.caremarket.platform.entity.IfMatch;
import java.util.Set;
import org.caremarket.CommittedChanges;
import org.caremarket.InContainer;
import org.caremarket.access.control.CurrentCaller;
import org.caremarket.access.entity.Caller;
import org.caremarket.platform.entity.Role;
import org.caremarket.assistant.entity.Listing;
import org.caremarket.assistant.entity.PersonalAssistant;
import org.caremarket.assistant.entity.Profile;
import org.caremarket.assistant.entity.Skill;
import org.caremarket.assistant.entity.Week;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The PA search index inside the server, against the database. */
@ExtendWith(ArquillianExtension.class)
public class AssistantIndexIT {

    @Deployment
    public static WebArchive deployment() {
        return InContainer.war(AssistantIndexIT.class);
    }

    @Inject
    AssistantIndex index;

    @Inject
    Assistants assistants;

    @Inject
    CurrentCaller caller;

    @Inject
    CommittedChanges committed;

    @Inject
    UserTransaction tx;

    @Inject
    @ConfigProperty(name = "caremarket.assistant.refresh-millis", defaultValue = "1000")
    long refreshMillis;

    /** A PA's own key: each test's PA is a new one. */
    private void asNewAssistant() {
        String subject = java.util.UUID.randomUUID().toString();
        caller.set(new Caller(subject, "in-container test PA", Role.ASSISTANT, null, null, subject));
    }

    private static Profile profile(String firstName, boolean listed) {
        return new Profile(firstName, "T", "LS6 2AA", null, null, null, 8, List.of(), Set.of(Skill.PERSONAL_CARE),
                List.of(), 3, List.of("English"), null, null, new BigDecimal("13.00"), new BigDecimal("15.00"),
                LocalDate.now(), Week.slot("WEEKDAYS:MORNING").orElseThrow(), null, true, null, "07700 900123",
                "pa@example.org", listed);
    }

    /** The PA as the next search would read it, or null when not listed there. */
    private Listing searched(String id) {
        return index.listings().stream().filter(l -> l.id().equals(id)).findFirst().orElse(null);
    }

    @Test
    @DisplayName("R7.4 a change this instance commits shows in the next search; one it rolls back never shows, and no AssistantChanged is delivered for it")
    void ownTransactions() throws Exception {
        asNewAssistant();
        String name = "Own" + InContainer.word();
        PersonalAssistant pa = assistants.keep(IfMatch.ABSENT, profile(name, true), List.of()).assistant();
        String id = pa.id();
        assertEquals(name + " T.", searched(id).displayName(), "the new profile shows in the next search");
        long delivered = committed.ofAssistant(id);

        tx.begin();
        assistants.keep(IfMatch.versions(assistants.mine().version()), profile(name, false), List.of());
        tx.rollback();
        assertEquals(delivered, committed.ofAssistant(id), "no event after a rollback");
        Thread.sleep(refreshMillis + 100);
        assertEquals(name + " T.", searched(id).displayName(), "a pause rolled back never shows, even after the refresh interval");

        tx.begin();
        assistants.keep(IfMatch.versions(assistants.mine().version()), profile(name, false), List.of());
        tx.commit();
        assertEquals(delivered + 1, committed.ofAssistant(id), "one event, after the commit");
        assertNull(searched(id), "the paused PA has left the next search, without waiting");
    }

    @Test
    @DisplayName("R7.4 another instance's change (plain JDBC) shows at the first search after caremarket.assistant.refresh-millis, also when it commits seconds after its stamp; a rolled-back one never")
    void anotherInstance() throws Exception {
        asNewAssistant();
        String id = assistants.keep(IfMatch.ABSENT, profile("Other" + InContainer.word(), true), List.of())
                .assistant().id();
        assertEquals(id, searched(id).id());
        try (Connection db = InContainer.database();
             PreparedStatement pause = db.prepareStatement(
                     "UPDATE personal_assistant SET listed = 0, version = version + 1, updated_at = ? WHERE id = ?")) {
            pause.setTimestamp(1, Timestamp.from(Instant.now()));
            pause.setString(2, id);
            assertEquals(1, pause.executeUpdate());
            db.rollback();
            Thread.sleep(refreshMillis + 100);
            assertEquals(id, searched(id).id(), "a rolled-back pause never shows");

            pause.setTimestamp(1, Timestamp.from(Instant.now().minusSeconds(3)));
            assertEquals(1, pause.executeUpdate());
            db.commit();
        }
        Thread.sleep(refreshMillis + 100);
        assertNull(searched(id), "the PA paused by the other instance has left the search");
    }
}
