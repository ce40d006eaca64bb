package org.caremarket.sufficiency.entity;

/**
 * One figure of a market, with everything needed to check it by hand: the dictionary's id and definition, the
 * numerator and denominator it was divided from (and what each counts), its unit, the date of the data and where
 * the data comes from. A figure the data cannot support says why in {@code status} and {@code note} and has no
 * value: never a silent zero.
 *
 * @param market   the service kind it is about, or "ALL"
 * @param locality the postcode district or council-defined locality, or "ALL"
 */
@org.eclipse.microprofile.openapi.annotations.media.Schema(name = "SufficiencyIndicator", description = "One figure of a market with its definition, numerator, denominator, unit, date, source and England comparator; without a value when the status says the data cannot support it.")
public record Indicator(String id, String name, String definition, String market, String locality, Double value,
                        String unit, Double numerator, String numeratorCounts, Double denominator,
                        String denominatorCounts, String asOf, String source, Status status, String note,
                        Comparator comparator) {

    /** Whether the figure could be computed, and if not, why not. */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "IndicatorStatus")
    public enum Status {
        /** Computed from the data named in {@code source}. */
        AVAILABLE,
        /** Needs a population projection the council does not have (or one for a locality, which ONS does not publish). */
        NO_POPULATION_DATA,
        /** The product holds none of the data it needs yet (no reports, no requests in the period). */
        NO_DATA,
        /** Comes from a figure the council's commissioner enters, not entered yet. */
        NOT_ENTERED
    }

    /** A national (England) figure to read this one against, with its date and source. */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "NationalComparator", description = "An England figure with its unit, date and source.")
    public record Comparator(String label, double value, String unit, String asOf, String source) {
    }

    /** This indicator without a value, saying why. */
    public Indicator missing(Status why, String because) {
        return new Indicator(id, name, definition, market, locality, null, unit, null, numeratorCounts, null,
                denominatorCounts, asOf, source, why, because, comparator);
    }
}
