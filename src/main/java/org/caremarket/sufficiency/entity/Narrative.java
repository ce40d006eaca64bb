package org.caremarket.sufficiency.entity;

import java.util.List;

/**
 * What a council's commissioners write in a statement: the strategic context and commissioning approach, their
 * commissioning intentions (more of, less of, maintain, by market) and how providers can engage with them.
 */
public record Narrative(String strategicContext, String howToEngage, List<Intention> intentions) {

    public Narrative {
        intentions = intentions == null ? List.of() : List.copyOf(intentions);
    }

    /** One intention: a market (a service kind, or ALL), a direction and what it means for providers. */
    public record Intention(String market, Direction direction, String text) {
    }

    /** Essex's and Leicestershire's "more of / less of" table. */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "IntentionDirection")
    public enum Direction {
        MORE_OF("More of"), LESS_OF("Less of"), MAINTAIN("Maintain");

        private final String label;

        Direction(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public static Narrative empty() {
        return new Narrative(null, null, List.of());
    }
}
