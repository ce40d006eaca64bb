package org.caremarket.register.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A service's street address; its postcode is held with the service's location. */
@Embeddable
public class Address {

    @Column(name = "address_line1", length = 200, nullable = false)
    private String line1;

    @Column(name = "address_line2", length = 200)
    private String line2;

    @Column(name = "town", length = 100)
    private String town;

    protected Address() {
    }

    public Address(String line1, String line2, String town) {
        this.line1 = line1;
        this.line2 = line2;
        this.town = town;
    }

    public String line1() {
        return line1;
    }

    public String line2() {
        return line2;
    }

    public String town() {
        return town;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Address other && java.util.Objects.equals(line1, other.line1) && java.util.Objects.equals(line2, other.line2) && java.util.Objects.equals(town, other.town);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(line1, line2, town);
    }
}
