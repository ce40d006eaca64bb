package org.caremarket.web.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;
import org.caremarket.access.control.ApiKeys;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * In demo mode, one account for each of the demo API keys, with the key's own role and scope (so the demo person
 * signed in sees what the demo person's key sees). They are made the first time the sign-in page is shown after the
 * demo market has loaded its keys; every one has the password {@link #PASSWORD}, shown on the sign-in page.
 */
@ApplicationScoped
public class DemoAccounts {

    private static final Logger LOG = Logger.getLogger(DemoAccounts.class.getName());

    public static final String PASSWORD = "caremarket-demo";

    /** A demo account: its email, the demo key whose role and scope it takes, and who it is. */
    public record Demo(String email, String key, String who) {
    }

    public static final List<Demo> ALL = List.of(
            new Demo("person@caremarket.example", "cm_demo_person", "a person arranging their own care"),
            new Demo("provider@caremarket.example", "cm_demo_provider", "the manager of a Leeds provider's services"),
            new Demo("assistant@caremarket.example", "cm_demo_assistant", "a personal assistant in Leeds"),
            new Demo("broker.leeds@caremarket.example", "cm_demo_broker_leeds", "a broker at Leeds City Council"),
            new Demo("commissioner.leeds@caremarket.example", "cm_demo_commissioner_leeds",
                    "a commissioner at Leeds City Council"),
            new Demo("admin@caremarket.example", "cm_demo_admin", "an administrator"));

    @Inject
    ApiKeys keys;

    @Inject
    Accounts accounts;

    @Inject
    @ConfigProperty(name = "caremarket.demo.enabled", defaultValue = "false")
    boolean demo;

    private volatile boolean ready;

    /** The demo accounts (none outside demo mode), made now if the demo keys exist and they do not. */
    public List<Demo> ensure() {
        if (!demo) {
            return List.of();
        }
        if (!ready) {
            synchronized (this) {
                boolean all = true;
                for (Demo d : ALL) {
                    if (accounts.byEmail(d.email()).isPresent()) {
                        continue;
                    }
                    var caller = keys.authenticate(d.key());
                    if (caller.isEmpty()) {
                        all = false; // the demo market is still loading
                        continue;
                    }
                    try {
                        accounts.createConfirmed(d.email(), PASSWORD, caller.get().role(), caller.get().providerId(),
                                caller.get().councilCode(), caller.get().subjectId());
                    } catch (RuntimeException madeByAnotherInstance) {
                        LOG.fine("demo account made elsewhere: " + madeByAnotherInstance.getClass().getSimpleName());
                    }
                }
                ready = all;
            }
        }
        return ALL;
    }
}
