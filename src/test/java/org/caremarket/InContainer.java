package org.caremarket;

import java.io.File;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.caremarket.access.entity.Caller;
import org.caremarket.platform.entity.Role;
import org.caremarket.register.control.CareServices;
import org.caremarket.register.control.Providers;
import org.caremarket.register.control.ServiceRegistration;
import org.caremarket.register.entity.Address;
import org.caremarket.register.entity.CareService;
import org.caremarket.register.entity.Contact;
import org.caremarket.register.entity.Ownership;
import org.caremarket.register.entity.Provider;
import org.caremarket.register.entity.ProviderDetails;
import org.caremarket.register.entity.RegistrationStatus;
import org.caremarket.register.entity.ServiceDetails;
import org.caremarket.register.entity.ServiceKind;
import org.caremarket.register.entity.Specialism;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * What the in-container (Arquillian) tests share. They run inside a Liberty server of their own (target/arquillian,
 * started by Arquillian) in the whole application, as built, with the test classes added; its database is empty but
 * for what the tests make, since the demo market is off there.
 */
public final class InContainer {

    private InContainer() {
    }

    /** The application war the build made, with these test classes (and this one) added. */
    public static WebArchive war(Class<?>... tests) {
        File built = new File(System.getProperty("caremarket.war", "target/caremarket.war"));
        return ShrinkWrap.create(WebArchive.class, "caremarket-it.war")
                .merge(ShrinkWrap.createFromZipFile(WebArchive.class, built))
                .addClasses(InContainer.class, CommittedChanges.class, Callers.class)
                .addClasses(tests);
    }

    /** An ADMIN caller, as the boundary would set it from an ADMIN key. */
    public static Caller admin() {
        return new Caller(UUID.randomUUID().toString(), "in-container test", Role.ADMIN, null, null, null);
    }

    /** A rule the database keeps until it is closed. */
    public interface Rule extends AutoCloseable {
        @Override
        void close() throws SQLException;
    }

    /**
     * Until closed, the database turns away every row of this table whose column holds this value (a CHECK
     * constraint): a write the application cannot foresee failing, for one record only.
     */
    public static Rule refusing(String table, String column, String value) throws SQLException {
        String name = "it_refuse_" + word();
        try (Connection db = database(); var ddl = db.createStatement()) {
            ddl.execute("ALTER TABLE " + table + " ADD CONSTRAINT " + name + " CHECK (" + column + " <> '"
                    + value.replace("'", "''") + "')");
            db.commit();
        }
        return () -> {
            try (Connection db = database(); var ddl = db.createStatement()) {
                ddl.execute("ALTER TABLE " + table + " DROP CONSTRAINT " + name);
                db.commit();
            }
        };
    }

    /** A new provider with one registered care home (residential, 40 beds, in Leeds), made as an ADMIN would. */
    public static CareService careHome(Providers providers, CareServices services, String name) {
        Provider provider = providers.register(new ProviderDetails(name + " Ltd (test)", null, Ownership.PRIVATE, null, null,
                new Contact(null, null, null)));
        return services.register(registration(provider.id(), name));
    }

    /** What registers (or revises) such a care home under this name. */
    public static ServiceRegistration registration(String providerId, String name) {
        return new ServiceRegistration(providerId, "LS6 2AA", "E08000035", new ServiceDetails(ServiceKind.CARE_HOME_RESIDENTIAL,
                null, name, new Address("1 Example Walk", null, "Leeds"), RegistrationStatus.REGISTERED, null,
                Set.of(Specialism.DEMENTIA), 40, new Contact(null, null, null)));
    }

    /** A word of this run's own, to name what a test makes. */
    public static String word() {
        return Long.toString(ThreadLocalRandom.current().nextLong(Long.MAX_VALUE), 36);
    }

    /**
     * A connection of its own to the application's database, outside any transaction of the application's: what
     * another instance of CareMarket on the same database would write with.
     */
    public static Connection database() throws SQLException {
        try {
            DataSource source = javax.naming.InitialContext.doLookup("jdbc/caremarket");
            Connection db = source.getConnection();
            db.setAutoCommit(false);
            return db;
        } catch (NamingException e) {
            throw new IllegalStateException("jdbc/caremarket is the application's data source", e);
        }
    }
}
