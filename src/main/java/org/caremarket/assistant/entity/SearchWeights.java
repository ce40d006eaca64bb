package org.caremarket.assistant.entity;

/** How much each factor weighs in a PA's score; they add up to 100. */
public record SearchWeights(double availability, double skills, double travel, double rate, double verification) {

    public static final SearchWeights DEFAULT = new SearchWeights(40, 25, 15, 10, 10);

    public SearchWeights {
        double[] all = {availability, skills, travel, rate, verification};
        for (double w : all) {
            if (w < 0 || Double.isNaN(w)) {
                throw new IllegalArgumentException("a weight cannot be negative");
            }
        }
        if (Math.abs(availability + skills + travel + rate + verification - 100) > 1e-6) {
            throw new IllegalArgumentException("the weights must add up to 100, not "
                    + (availability + skills + travel + rate + verification));
        }
    }
}
