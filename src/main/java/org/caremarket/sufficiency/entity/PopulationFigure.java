package org.caremarket.sufficiency.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * One imported figure of a population projection: persons of one age in one year in one area. An ADMIN's import
 * of ONS's CSV replaces every figure of the areas it holds; the bundled projections need no rows.
 */
@Entity
@IdClass(PopulationFigure.Key.class)
@Table(name = "suff_population")
@NamedQuery(name = "PopulationFigure.all", query = "SELECT f FROM PopulationFigure f ORDER BY f.areaCode, f.year, f.age")
@NamedQuery(name = "PopulationFigure.deleteAreas", query = "DELETE FROM PopulationFigure f WHERE f.areaCode IN :areas")
public class PopulationFigure {

    @Id
    @Column(name = "area_code", length = 9, nullable = false)
    private String areaCode;

    @Id
    @Column(name = "proj_year", nullable = false)
    private int year;

    @Id
    @Column(name = "age", nullable = false)
    private int age;

    @Column(name = "area_name", length = 100, nullable = false)
    private String areaName;

    @Column(name = "persons", nullable = false)
    private double persons;

    @Column(name = "source", length = 300, nullable = false)
    private String source;

    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    protected PopulationFigure() {
    }

    public PopulationFigure(String areaCode, String areaName, int year, int age, double persons, String source,
                            Instant importedAt) {
        this.areaCode = areaCode;
        this.areaName = areaName.length() > 100 ? areaName.substring(0, 100) : areaName;
        this.year = year;
        this.age = age;
        this.persons = persons;
        this.source = source;
        this.importedAt = importedAt;
    }

    public String areaCode() {
        return areaCode;
    }

    public String areaName() {
        return areaName;
    }

    public int year() {
        return year;
    }

    public int age() {
        return age;
    }

    public double persons() {
        return persons;
    }

    public String source() {
        return source;
    }

    public Instant importedAt() {
        return importedAt;
    }

    /** The primary key: area, year and age. */
    public static final class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private String areaCode;
        private int year;
        private int age;

        public Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && k.year == year && k.age == age && Objects.equals(k.areaCode, areaCode);
        }

        @Override
        public int hashCode() {
            return Objects.hash(areaCode, year, age);
        }
    }
}
