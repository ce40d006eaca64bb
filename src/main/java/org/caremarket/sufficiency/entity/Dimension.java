package org.caremarket.sufficiency.entity;

import java.util.List;

/**
 * The six dimensions of a market rating grid (Essex's), each with the values it may take. The rule-derived value
 * is one of them, or "Not assessed" where the data cannot support a rule.
 */
public enum Dimension {
    MARKET_QUALITY("Market quality", List.of("Good", "Requires improvement", "Poor")),
    MARKET_SUPPLY("Market supply", List.of("Good", "Limited", "Insufficient", "Over-supplied")),
    COUNCIL_DEMAND("Council demand", List.of("Increasing", "Increasing/High", "Stable", "Stable/High", "Decreasing",
            "Decreasing/High")),
    COUNCIL_AMBITION("Council ambition", List.of("Increase", "Maintain", "Manage", "Decrease")),
    MARKET_WORKFORCE("Market workforce", List.of("Low risk", "Medium risk", "High risk")),
    MARKET_MATURITY("Market maturity", List.of("Mature", "Evolving", "Emerging"));

    public static final String NOT_ASSESSED = "Not assessed";

    private final String label;
    private final List<String> scale;

    Dimension(String label, List<String> values) {
        this.label = label;
        this.scale = values;
    }

    public String label() {
        return label;
    }

    public List<String> scale() {
        return scale;
    }
}
