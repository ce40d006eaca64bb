package org.caremarket.sufficiency.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/** A grouping of postcode districts a council defines as one of its localities (Leicestershire's zones, Essex's quadrants). */
@Entity
@IdClass(Locality.Key.class)
@Table(name = "suff_locality")
@NamedQuery(name = "Locality.ofCouncil", query = "SELECT l FROM Locality l WHERE l.councilCode = :council ORDER BY l.name")
public class Locality {

    @Id
    @Column(name = "council_code", length = 9, nullable = false)
    private String councilCode;

    @Id
    @Column(name = "name", length = 60, nullable = false)
    private String name;

    @Column(name = "districts", length = 1000, nullable = false)
    private String districts;

    protected Locality() {
    }

    public Locality(String councilCode, String name, Set<String> districts) {
        this.councilCode = councilCode;
        this.name = name;
        define(districts);
    }

    public void define(Set<String> districts) {
        this.districts = String.join(",", new TreeSet<>(districts));
    }

    public String councilCode() {
        return councilCode;
    }

    public String name() {
        return name;
    }

    public Set<String> districts() {
        return new TreeSet<>(Arrays.asList(districts.split(",")));
    }

    public List<String> districtList() {
        return List.copyOf(districts());
    }

    /** The primary key: council and name. */
    public static final class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private String councilCode;
        private String name;

        public Key() {
        }

        public Key(String councilCode, String name) {
            this.councilCode = councilCode;
            this.name = name;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && Objects.equals(k.councilCode, councilCode) && Objects.equals(k.name, name);
        }

        @Override
        public int hashCode() {
            return Objects.hash(councilCode, name);
        }
    }
}
