package org.caremarket.sufficiency.entity;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One area's projected population, persons by single year of age (0 to 89, and 90 and over) for each year of
 * the projection: ONS subnational population projections (SNPP) as published. A council's population is its
 * own area's, or the sum of its districts' (a county council's).
 *
 * @param source what the figures are and where they come from, printed beside every figure that uses them
 */
public record Population(String areaCode, String areaName, int firstYear, double[][] persons, String source) {

    /** The last single year of age; this index holds "90 and over". */
    public static final int OLDEST = 90;

    public Population {
        Objects.requireNonNull(areaCode);
        if (persons.length == 0 || Arrays.stream(persons).anyMatch(year -> year.length != OLDEST + 1)) {
            throw new IllegalArgumentException("a population needs ages 0 to 90+ for at least one year");
        }
    }

    public int lastYear() {
        return firstYear + persons.length - 1;
    }

    public boolean covers(int year) {
        return year >= firstYear && year <= lastYear();
    }

    /** Persons aged {@code from} to {@code to} (inclusive) in the year; the year must be covered. */
    public double persons(int from, int to, int year) {
        if (!covers(year)) {
            throw new IllegalArgumentException(areaCode + " has no projection for " + year);
        }
        double sum = 0;
        double[] ages = persons[year - firstYear];
        for (int age = Math.max(0, from); age <= Math.min(OLDEST, to); age++) {
            sum += ages[age];
        }
        return sum;
    }

    public double persons(AgeBand band, int year) {
        return persons(band.from(), band.to(), year);
    }

    /** The sum of several areas' projections over the years they all cover (a county from its districts). */
    public static Population sum(String areaCode, String areaName, List<Population> parts, String source) {
        int first = parts.stream().mapToInt(Population::firstYear).max().orElseThrow();
        int last = parts.stream().mapToInt(Population::lastYear).min().orElseThrow();
        double[][] total = new double[Math.max(0, last - first + 1)][OLDEST + 1];
        for (Population part : parts) {
            for (int year = first; year <= last; year++) {
                double[] ages = part.persons()[year - part.firstYear()];
                for (int age = 0; age <= OLDEST; age++) {
                    total[year - first][age] += ages[age];
                }
            }
        }
        return new Population(areaCode, areaName, first, total, source);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Population p && p.areaCode.equals(areaCode) && p.firstYear == firstYear
                && Arrays.deepEquals(p.persons, persons);
    }

    @Override
    public int hashCode() {
        return Objects.hash(areaCode, firstYear, Arrays.deepHashCode(persons));
    }

    @Override
    public String toString() {
        return "Population[" + areaCode + " " + firstYear + "–" + lastYear() + "]";
    }
}
