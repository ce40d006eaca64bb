package org.caremarket.brokerage.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import org.caremarket.platform.entity.IfMatch;
import org.caremarket.CommittedChanges;
import org.caremarket.InContainer;
import org.caremarket.access.control.CurrentCaller;
import org.caremarket.brokerage.entity.Supply;
import org.caremarket.register.control.CareServices;
import org.caremarket.register.control.Providers;
import org.caremarket.register.entity.CareService;
import org.caremarket.register.entity.ServiceKind;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The matching index inside the server, against the database: what over HTTP one can only hope to catch. */
@ExtendWith(ArquillianExtension.class)
public class MarketIndexIT {

    @Deployment
    public static WebArchive deployment() {
        return InContainer.war(MarketIndexIT.class);
    }

    @Inject
    MarketIndex index;

    @Inject
    Providers providers;

    @Inject
    CareServices services;

    @Inject
    CurrentCaller caller;

    @Inject
    CommittedChanges committed;

    @Inject
    UserTransaction tx;

    @Inject
    @ConfigProperty(name = "caremarket.matching.refresh-millis", defaultValue = "1000")
    long refreshMillis;

    @BeforeEach
    void asAdmin() {
        caller.set(InContainer.admin());
    }

    /** The service as the next match would read it, or null when matching does not hold it. */
    private Supply matched(String id) {
        return Arrays.stream(index.ofKind(ServiceKind.CARE_HOME_RESIDENTIAL).all()).filter(s -> s.serviceId().equals(id))
                .findFirst().orElse(null);
    }

    /** Longer than the refresh interval: the next match looks for other instances' changes. */
    private void refreshIntervalPasses() throws InterruptedException {
        Thread.sleep(refreshMillis + 100);
    }

    @Test
    @DisplayName("R5.3 a change this instance commits shows in the next match; one it rolls back never shows, and no MarketChanged is delivered for it")
    void ownTransactions() throws Exception {
        String name = "Own " + InContainer.word();
        CareService home = InContainer.careHome(providers, services, name);
        String id = home.id();
        assertEquals(name, matched(id).name(), "the registration shows in the next match");
        long delivered = committed.ofService(id);

        tx.begin();
        services.revise(id, IfMatch.versions(services.require(id).version()),
                InContainer.registration(home.provider().id(), name + " rolled back"));
        tx.rollback();
        assertEquals(delivered, committed.ofService(id), "no event after a rollback");
        assertEquals(name, matched(id).name());
        refreshIntervalPasses();
        assertEquals(name, matched(id).name(), "nor after the refresh interval: the stamp never reached the database");

        tx.begin();
        services.revise(id, IfMatch.versions(services.require(id).version()),
                InContainer.registration(home.provider().id(), name + " committed"));
        tx.commit();
        assertEquals(delivered + 1, committed.ofService(id), "one event, after the commit");
        assertEquals(name + " committed", matched(id).name(), "in the next match, without waiting");
    }

    @Test
    @DisplayName("R5.3 another instance's write (plain JDBC) shows at the first match after caremarket.matching.refresh-millis, also when it commits seconds after its stamp; a rolled-back one never")
    void anotherInstance() throws Exception {
        String name = "Other " + InContainer.word();
        String id = InContainer.careHome(providers, services, name).id();
        assertEquals(name, matched(id).name());
        try (Connection db = InContainer.database();
             PreparedStatement rename = db.prepareStatement(
                     "UPDATE care_service SET name = ?, market_changed_at = ? WHERE id = ?")) {
            rename.setString(1, name + " rolled back");
            rename.setTimestamp(2, Timestamp.from(Instant.now()));
            rename.setString(3, id);
            assertEquals(1, rename.executeUpdate());
            db.rollback();
            refreshIntervalPasses();
            assertEquals(name, matched(id).name(), "a rolled-back write never shows");

            // stamped three seconds ago (the other instance's transaction waited for a lock), committed now
            rename.setString(1, name + " late");
            rename.setTimestamp(2, Timestamp.from(Instant.now().minusSeconds(3)));
            assertEquals(1, rename.executeUpdate());
            db.commit();
        }
        refreshIntervalPasses();
        assertEquals(name + " late", matched(id).name());
    }
}
