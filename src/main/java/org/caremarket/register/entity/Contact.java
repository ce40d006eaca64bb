package org.caremarket.register.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** How to reach a provider or service. */
@Embeddable
public class Contact {

    @Column(name = "phone", length = 30)
    private String phone;

    @Column(name = "email", length = 254)
    private String email;

    @Column(name = "website", length = 500)
    private String website;

    protected Contact() {
    }

    public Contact(String phone, String email, String website) {
        this.phone = phone;
        this.email = email;
        this.website = website;
    }

    public String phone() {
        return phone;
    }

    public String email() {
        return email;
    }

    public String website() {
        return website;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Contact other && java.util.Objects.equals(phone, other.phone) && java.util.Objects.equals(email, other.email) && java.util.Objects.equals(website, other.website);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(phone, email, website);
    }
}
