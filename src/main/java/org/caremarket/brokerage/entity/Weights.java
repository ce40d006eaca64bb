package org.caremarket.brokerage.entity;

/**
 * How much each factor counts in a match's score (any non-negative numbers; the score is the weighted
 * mean of the factors, out of 100).
 */
public record Weights(double distance, double quality, double price, double capacity, double freshness,
                      double continuity) {

    public Weights {
        if (distance < 0 || quality < 0 || price < 0 || capacity < 0 || freshness < 0 || continuity < 0
                || distance + quality + price + capacity + freshness + continuity <= 0) {
            throw new IllegalArgumentException("matching weights must be non-negative and not all zero");
        }
    }

    public static final Weights DEFAULT = new Weights(30, 30, 10, 10, 15, 5);

    double of(MatchFactor.Name name) {
        return switch (name) {
            case DISTANCE -> distance;
            case QUALITY -> quality;
            case PRICE -> price;
            case CAPACITY -> capacity;
            case FRESHNESS -> freshness;
            case CONTINUITY -> continuity;
        };
    }

    double total() {
        return distance + quality + price + capacity + freshness + continuity;
    }
}
