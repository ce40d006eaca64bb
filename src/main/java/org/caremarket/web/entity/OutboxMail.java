package org.caremarket.web.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An email the service sent, kept for the demo outbox page (demo mode only). */
@Entity
@Table(name = "web_outbox")
@NamedQuery(name = "OutboxMail.newest", query = "SELECT m FROM OutboxMail m ORDER BY m.sentAt DESC, m.id")
public class OutboxMail {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "recipient", length = 254, nullable = false)
    private String recipient;

    @Column(name = "subject", length = 200, nullable = false)
    private String subject;

    @Column(name = "body", length = 4000, nullable = false)
    private String body;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    protected OutboxMail() {
    }

    public OutboxMail(String recipient, String subject, String body, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.recipient = recipient;
        this.subject = subject;
        this.body = body;
        this.sentAt = now;
    }

    public String recipient() {
        return recipient;
    }

    public String subject() {
        return subject;
    }

    public String body() {
        return body;
    }

    public Instant sentAt() {
        return sentAt;
    }
}
