package org.caremarket.web.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.caremarket.web.entity.OutboxMail;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends the service's emails (one-time links) with Jakarta Mail through the configured SMTP server
 * ({@code caremarket.mail.smtp.host}); in demo mode each is also kept for the demo outbox page. A mail that cannot be
 * sent is logged without its recipient or content and does not fail the request: the page says what to do if no
 * email arrives.
 */
@ApplicationScoped
public class Mailer {

    private static final Logger LOG = Logger.getLogger(Mailer.class.getName());

    @PersistenceContext(unitName = "caremarket")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "caremarket.mail.smtp.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "caremarket.mail.smtp.port", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "caremarket.mail.from", defaultValue = "CareMarket <no-reply@caremarket.example>")
    String from;

    @Inject
    @ConfigProperty(name = "caremarket.demo.enabled", defaultValue = "false")
    boolean demo;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /**
     * Sends one plain-text email; call inside the transaction that made what it tells of. It goes when that
     * transaction commits, never for a change that was rolled back (a link to a token that does not exist), and the
     * SMTP conversation holds no database lock.
     */
    public void send(String to, String subject, String body) {
        if (demo) {
            em.persist(new OutboxMail(to, subject, body, clock.instant()));
        }
        if (host.isEmpty() || host.get().isBlank()) {
            return;
        }
        if (transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        deliver(to, subject, body);
                    }
                }
            });
        } else {
            deliver(to, subject, body);
        }
    }

    private void deliver(String to, String subject, String body) {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", host.get());
        properties.put("mail.smtp.port", String.valueOf(port));
        properties.put("mail.smtp.connectiontimeout", "5000");
        properties.put("mail.smtp.timeout", "5000");
        properties.put("mail.smtp.writetimeout", "5000");
        try {
            MimeMessage message = new MimeMessage(Session.getInstance(properties));
            message.setFrom(new InternetAddress(from));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
            message.setSubject(subject, StandardCharsets.UTF_8.name());
            message.setText(body, StandardCharsets.UTF_8.name());
            Transport.send(message);
        } catch (MessagingException e) {
            LOG.log(Level.WARNING, "An email could not be sent through " + host.get() + ":" + port + ": "
                    + e.getClass().getSimpleName());
        }
    }

    /** The demo outbox, newest first (demo mode only; empty otherwise). */
    public List<OutboxMail> outbox(int max) {
        return demo ? em.createNamedQuery("OutboxMail.newest", OutboxMail.class).setMaxResults(max).getResultList() : List.of();
    }

    public boolean demo() {
        return demo;
    }
}
