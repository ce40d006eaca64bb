package org.caremarket.brokerage.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.caremarket.platform.entity.Conflict;

/**
 * A care package offered to one service: the provider answers before it expires, accepting with a
 * price or declining with a reason; the broker awards one accepted offer.
 */
@Entity
@Table(name = "care_offer")
@NamedQuery(name = "Offer.forPackage", query = "SELECT o FROM Offer o WHERE o.packageId = :package ORDER BY o.sentAt, o.id")
@NamedQuery(name = "Offer.forPackages", query = "SELECT o FROM Offer o WHERE o.packageId IN :packages")
@NamedQuery(name = "Offer.forProvider", query = "SELECT o FROM Offer o WHERE o.providerId = :provider "
        + "ORDER BY o.sentAt DESC, o.id")
@NamedQuery(name = "Offer.countForProvider", query = "SELECT COUNT(o) FROM Offer o WHERE o.providerId = :provider")
public class Offer {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "package_id", length = 36, nullable = false)
    private String packageId;

    @Column(name = "service_id", length = 36, nullable = false)
    private String serviceId;

    @Column(name = "provider_id", length = 36, nullable = false)
    private String providerId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 20, nullable = false)
    private OfferStatus status;

    /** The match score when the offer was sent, when it came from the ranking. */
    @Column(name = "score")
    private Double score;

    @Column(name = "sent_by", length = 36, nullable = false)
    private String sentBy;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "responded_at")
    private Instant respondedAt;

    @Column(name = "price", precision = 10, scale = 2)
    private BigDecimal price;

    @Enumerated(EnumType.STRING)
    @Column(name = "decline_reason", length = 30)
    private DeclineReason declineReason;

    @Column(name = "note", length = 500)
    private String note;

    protected Offer() {
    }

    public Offer(String packageId, String serviceId, String providerId, Double score, String sentBy, Instant now,
                 Instant expiresAt) {
        this.id = UUID.randomUUID().toString();
        this.packageId = packageId;
        this.serviceId = serviceId;
        this.providerId = providerId;
        this.score = score;
        this.sentBy = sentBy;
        this.sentAt = now;
        this.expiresAt = expiresAt;
        this.status = OfferStatus.SENT;
    }

    /** The status at this moment: an offer still open after its expiry time has expired. */
    public OfferStatus status(Instant now) {
        return status.isOpen() && !now.isBefore(expiresAt) ? OfferStatus.EXPIRED : status;
    }

    public void accept(BigDecimal price, String note, Instant now) {
        require(OfferStatus.SENT, now, "accept");
        this.status = OfferStatus.ACCEPTED;
        this.price = price;
        this.note = note;
        this.respondedAt = now;
    }

    /** A provider may decline an offer it has not answered, or take back an acceptance not yet awarded. */
    public void decline(DeclineReason reason, String note, Instant now) {
        OfferStatus current = status(now);
        if (!current.isOpen()) {
            throw notNow(current, "decline");
        }
        this.status = OfferStatus.DECLINED;
        this.declineReason = reason;
        this.note = note;
        this.respondedAt = now;
    }

    /**
     * Checks the offer may be awarded now: accepted, and — when the provider's price is above the request's cap — only
     * with the broker's explicit confirmation that the higher price is agreed. Brokers exceed a cap only with a
     * manager's or panel's approval; an award must never pass one by a slip of the wrong offer id.
     */
    public void award(Instant now, BigDecimal priceCap, boolean overCapConfirmed) {
        require(OfferStatus.ACCEPTED, now, "award");
        if (overPriceCap(priceCap) && !overCapConfirmed) {
            throw new Conflict("/problems/over-price-cap", "The accepted price is above the request's price cap",
                    "Offer " + id + " was accepted at £" + price.toPlainString() + ", above the request's cap of £"
                            + priceCap.toPlainString() + ". Award it with \"overCapConfirmed\": true once the higher price "
                            + "is agreed, or award another offer.");
        }
    }

    /** Whether the price accepted is above the request's cap (never, when either is not known). */
    public boolean overPriceCap(BigDecimal priceCap) {
        return price != null && priceCap != null && price.compareTo(priceCap) > 0;
    }

    /** Marks the award (after capacity was taken). */
    public void awarded() {
        this.status = OfferStatus.AWARDED;
    }

    /** Another offer won, or the request closed: an open offer ends. */
    public void close(boolean requestCancelled, Instant now) {
        if (status(now).isOpen()) {
            status = requestCancelled ? OfferStatus.WITHDRAWN : OfferStatus.NOT_AWARDED;
        }
    }

    public void withdraw(Instant now) {
        OfferStatus current = status(now);
        if (!current.isOpen()) {
            throw notNow(current, "withdraw");
        }
        status = OfferStatus.WITHDRAWN;
    }

    private void require(OfferStatus wanted, Instant now, String action) {
        OfferStatus current = status(now);
        if (current != wanted) {
            throw notNow(current, action);
        }
    }

    private Conflict notNow(OfferStatus current, String action) {
        String why = switch (current) {
            case EXPIRED -> "it expired at " + expiresAt;
            case SENT -> "the provider has not accepted it";
            default -> "it is " + current.name().toLowerCase().replace('_', ' ');
        };
        return new Conflict("/problems/offer-" + current.name().toLowerCase().replace('_', '-'),
                "The offer cannot be changed that way now", "Cannot " + action + " offer " + id + ": " + why + ".");
    }

    public Map<String, Object> snapshot(Instant now) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("version", version);
        s.put("packageId", packageId);
        s.put("serviceId", serviceId);
        s.put("status", status(now).name());
        s.put("price", price);
        s.put("declineReason", declineReason == null ? null : declineReason.name());
        return s;
    }

    public String id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String packageId() {
        return packageId;
    }

    public String serviceId() {
        return serviceId;
    }

    public String providerId() {
        return providerId;
    }

    public Double score() {
        return score;
    }

    public String sentBy() {
        return sentBy;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Instant respondedAt() {
        return respondedAt;
    }

    public BigDecimal price() {
        return price;
    }

    public DeclineReason declineReason() {
        return declineReason;
    }

    public String note() {
        return note;
    }
}
