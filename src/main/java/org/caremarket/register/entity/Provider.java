package org.caremarket.register.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * An organisation that runs care services: what CQC calls a provider. Councils and the NHS run
 * services too, so ownership is part of the record; so is how to tell the organisation apart in
 * other registers (Companies House, the Charity Commission).
 */
@Entity
@Table(name = "provider")
@NamedQuery(name = "Provider.count", query = "SELECT COUNT(p) FROM Provider p")
public class Provider {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "name", length = 200, nullable = false)
    private String name;

    @Column(name = "cqc_provider_id", length = 20, unique = true)
    private String cqcProviderId;

    @Enumerated(EnumType.STRING)
    @Column(name = "ownership", length = 20, nullable = false)
    private Ownership ownership;

    @Column(name = "companies_house_number", length = 8)
    private String companiesHouseNumber;

    @Column(name = "charity_number", length = 12)
    private String charityNumber;

    @Embedded
    private Contact contact;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Provider() {
    }

    public Provider(ProviderDetails details, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.createdAt = now;
        apply(details, now);
    }

    /** Replaces the record's details with a newer version of them. */
    public void revise(ProviderDetails details, Instant now) {
        apply(details, now);
    }

    private void apply(ProviderDetails details, Instant now) {
        this.name = details.name().strip();
        this.cqcProviderId = details.cqcProviderId();
        this.ownership = details.ownership();
        this.companiesHouseNumber = details.companiesHouseNumber();
        this.charityNumber = details.charityNumber();
        this.contact = details.contact();
        this.updatedAt = now;
    }

    /** The record as the audit keeps it. */
    public java.util.Map<String, Object> snapshot() {
        java.util.Map<String, Object> state = new java.util.LinkedHashMap<>();
        state.put("name", name);
        state.put("cqcProviderId", cqcProviderId);
        state.put("ownership", ownership.name());
        state.put("companiesHouseNumber", companiesHouseNumber);
        state.put("charityNumber", charityNumber);
        state.put("version", version);
        return state;
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String cqcProviderId() {
        return cqcProviderId;
    }

    public Ownership ownership() {
        return ownership;
    }

    public String companiesHouseNumber() {
        return companiesHouseNumber;
    }

    public String charityNumber() {
        return charityNumber;
    }

    public Contact contact() {
        return contact == null ? new Contact(null, null, null) : contact;
    }

    public long version() {
        return version;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
