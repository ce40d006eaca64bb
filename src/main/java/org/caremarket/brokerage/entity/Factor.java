package org.caremarket.brokerage.entity;

/**
 * One factor of a match's score: its value from 0 to 1, its weight, the points it adds to the score out
 * of 100, and why, in words a broker can repeat to the person.
 */
public record Factor(Name factor, double value, double weight, double points, String reason) {

    public enum Name {
        DISTANCE, QUALITY, PRICE, CAPACITY, FRESHNESS, CONTINUITY
    }
}
