package org.caremarket.assistant.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.caremarket.platform.entity.Conflict;

/**
 * A person (or a broker for them) asks to be introduced to a PA with a short message. The PA sees the
 * message, the person's postcode district and what they need; only when the PA accepts do both sides
 * see each other's contact details.
 */
@Entity
@Table(name = "assistant_introduction")
@NamedQuery(name = "Introduction.sentSince", query = "SELECT i.createdAt FROM Introduction i WHERE i.requestedBy = :requester "
        + "AND i.createdAt > :since ORDER BY i.createdAt")
@NamedQuery(name = "Introduction.openBetween", query = "SELECT COUNT(i) FROM Introduction i WHERE i.requestedBy = :requester "
        + "AND i.assistantId = :assistant AND i.status = org.caremarket.assistant.entity.IntroductionStatus.REQUESTED")
@NamedQuery(name = "Introduction.toAssistant", query = "SELECT i FROM Introduction i WHERE i.assistantId = :assistant "
        + "ORDER BY i.createdAt DESC, i.id")
@NamedQuery(name = "Introduction.countToAssistant", query = "SELECT COUNT(i) FROM Introduction i WHERE i.assistantId = :assistant")
@NamedQuery(name = "Introduction.byRequester", query = "SELECT i FROM Introduction i WHERE i.requestedBy = :requester "
        + "ORDER BY i.createdAt DESC, i.id")
@NamedQuery(name = "Introduction.countByRequester", query = "SELECT COUNT(i) FROM Introduction i WHERE i.requestedBy = :requester")
@NamedQuery(name = "Introduction.all", query = "SELECT i FROM Introduction i ORDER BY i.createdAt DESC, i.id")
@NamedQuery(name = "Introduction.countAll", query = "SELECT COUNT(i) FROM Introduction i")
@NamedQuery(name = "Introduction.open", query = "SELECT i.district, i.needs, i.councilCode FROM Introduction i "
        + "WHERE i.status = org.caremarket.assistant.entity.IntroductionStatus.REQUESTED")
public class Introduction {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "assistant_id", length = 36, nullable = false)
    private String assistantId;

    /** The requester: a PERSON key's subject (or key), a BROKER key. */
    @Column(name = "requested_by", length = 36, nullable = false)
    private String requestedBy;

    @Column(name = "requester_role", length = 20, nullable = false)
    private String requesterRole;

    /** The council of the person's postcode, for supply-and-demand figures. */
    @Column(name = "council_code", length = 9)
    private String councilCode;

    /** The person's postcode district: the PA sees where, not the address. */
    @Column(name = "district", length = 4, nullable = false)
    private String district;

    /** The skills the person needs, as a {@link Skill} mask. */
    @Column(name = "needs", nullable = false)
    private long needs;

    /** When help is needed, as a {@link Week} mask (0: not said). */
    @Column(name = "slots", nullable = false)
    private int slots;

    @Column(name = "message", length = 1000, nullable = false)
    private String message;

    @Column(name = "contact_name", length = 80, nullable = false)
    private String contactName;

    @Column(name = "contact_phone", length = 20)
    private String contactPhone;

    @Column(name = "contact_email", length = 254)
    private String contactEmail;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 20, nullable = false)
    private IntroductionStatus status;

    @Column(name = "answer", length = 500)
    private String answer;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "answered_at")
    private Instant answeredAt;

    protected Introduction() {
    }

    /** Who the introduction is from and how to reach them once the PA accepts. */
    public record Contact(String name, String phone, String email) {
    }

    public Introduction(String assistantId, String requestedBy, String requesterRole, String councilCode, String district,
                        Set<Skill> needs, Week slots, String message, Contact contact, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.assistantId = assistantId;
        this.requestedBy = requestedBy;
        this.requesterRole = requesterRole;
        this.councilCode = councilCode;
        this.district = district;
        this.needs = Skill.mask(needs);
        this.slots = slots.mask();
        this.message = message;
        this.contactName = contact.name();
        this.contactPhone = contact.phone();
        this.contactEmail = contact.email();
        this.status = IntroductionStatus.REQUESTED;
        this.createdAt = now;
    }

    public void accept(String note, Instant now) {
        answer(IntroductionStatus.ACCEPTED, note, now);
    }

    public void decline(String note, Instant now) {
        answer(IntroductionStatus.DECLINED, note, now);
    }

    /** The requester takes it back before the PA answers. */
    public void withdraw(Instant now) {
        answer(IntroductionStatus.WITHDRAWN, null, now);
    }

    private void answer(IntroductionStatus to, String note, Instant now) {
        if (status != IntroductionStatus.REQUESTED) {
            throw new Conflict("/problems/introduction-answered", "The introduction has been answered",
                    "This introduction is " + status + "; only a REQUESTED introduction can be accepted, declined or withdrawn.");
        }
        status = to;
        answer = note;
        answeredAt = now;
    }

    /** Contact details are shared only once the PA has accepted. */
    public boolean contactsShared() {
        return status == IntroductionStatus.ACCEPTED;
    }

    public Contact requesterContact() {
        return new Contact(contactName, contactPhone, contactEmail);
    }

    public String id() {
        return id;
    }

    public String assistantId() {
        return assistantId;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public String requesterRole() {
        return requesterRole;
    }

    public String councilCode() {
        return councilCode;
    }

    public String district() {
        return district;
    }

    public List<Skill> needs() {
        return Skill.of(needs);
    }

    public Week slots() {
        return new Week(slots);
    }

    public String message() {
        return message;
    }

    public IntroductionStatus status() {
        return status;
    }

    public String answer() {
        return answer;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant answeredAt() {
        return answeredAt;
    }

}
