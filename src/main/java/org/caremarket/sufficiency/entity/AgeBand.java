package org.caremarket.sufficiency.entity;

/**
 * The age bands councils' market position statements use (Essex, Gloucestershire): five that do not overlap
 * (18–64, 65–74, 75–84, 85–89, 90+) and the three sums they are read by (65+, 75+, 85+).
 */
public enum AgeBand {
    AGED_18_64(18, 64, "18–64", true),
    AGED_65_74(65, 74, "65–74", true),
    AGED_75_84(75, 84, "75–84", true),
    AGED_85_89(85, 89, "85–89", true),
    AGED_90_PLUS(90, Population.OLDEST, "90+", true),
    AGED_65_PLUS(65, Population.OLDEST, "65+", false),
    AGED_75_PLUS(75, Population.OLDEST, "75+", false),
    AGED_85_PLUS(85, Population.OLDEST, "85+", false);

    private final int from;
    private final int to;
    private final String label;
    private final boolean disjoint;

    AgeBand(int from, int to, String label, boolean disjoint) {
        this.from = from;
        this.to = to;
        this.label = label;
        this.disjoint = disjoint;
    }

    /** The youngest age in the band. */
    public int from() {
        return from;
    }

    /** The oldest age in the band ({@link Population#OLDEST} stands for "90 and over"). */
    public int to() {
        return to;
    }

    public String label() {
        return label;
    }

    /** True for the five bands that do not overlap; false for 65+, 75+ and 85+. */
    public boolean disjoint() {
        return disjoint;
    }

    /** The five bands that do not overlap, youngest first. */
    public static java.util.List<AgeBand> disjointBands() {
        return java.util.Arrays.stream(values()).filter(AgeBand::disjoint).toList();
    }
}
