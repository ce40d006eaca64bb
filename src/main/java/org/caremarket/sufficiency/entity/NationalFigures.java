package org.caremarket.sufficiency.entity;

import java.util.List;

/** England's figures to read a council's against, each with its date and source (MARKET-SUFFICIENCY.md §8). */
public final class NationalFigures {

    private NationalFigures() {
    }

    static final String DHSC = "DHSC, Adult social care in England monthly statistics, August 2025 (Capacity Tracker)";

    public static final Indicator.Comparator OCCUPANCY = new Indicator.Comparator("England care-home occupancy", 86.0, "%",
            "week ending 2025-07-14", DHSC);
    public static final Indicator.Comparator VACANT_ADMITTABLE = new Indicator.Comparator("England vacant and admittable beds",
            10.8, "%", "week ending 2025-07-14", DHSC);
    public static final Indicator.Comparator VACANT_NOT_ADMITTABLE = new Indicator.Comparator("England vacant beds not admittable",
            3.2, "%", "week ending 2025-07-14", DHSC);
    static final String KINGS_FUND = "King's Fund, Social care 360: providers (OHID Fingertips 92490 construct)";
    public static final Indicator.Comparator BEDS_PER_100_75 = new Indicator.Comparator("England care home places per 100 aged 75+",
            8.8, "beds per 100 aged 75+", "2023", KINGS_FUND);
    public static final Indicator.Comparator NURSING_BEDS_PER_100_75 = new Indicator.Comparator(
            "England nursing home places per 100 aged 75+", 4.3, "beds per 100 aged 75+", "2023", KINGS_FUND);
    public static final Indicator.Comparator RESIDENTIAL_BEDS_PER_100_75 = new Indicator.Comparator(
            "England residential home places per 100 aged 75+", 4.6, "beds per 100 aged 75+", "2023", KINGS_FUND);
    public static final Indicator.Comparator FCOC_GAP_RESIDENTIAL = new Indicator.Comparator(
            "Average gap between council fee and Fair Cost of Care, residential", 218, "£ per week",
            "fees 2021/22 against FCoC 2022", "Care England analysis of Fair Cost of Care Annex B reports");
    public static final Indicator.Comparator FCOC_GAP_NURSING = new Indicator.Comparator(
            "Average gap between council fee and Fair Cost of Care, nursing", 231, "£ per week",
            "fees 2021/22 against FCoC 2022", "Care England analysis of Fair Cost of Care Annex B reports");

    /** Every comparator, for the methodology table. */
    public static List<Indicator.Comparator> all() {
        return List.of(OCCUPANCY, VACANT_ADMITTABLE, VACANT_NOT_ADMITTABLE, BEDS_PER_100_75, NURSING_BEDS_PER_100_75,
                RESIDENTIAL_BEDS_PER_100_75, FCOC_GAP_RESIDENTIAL, FCOC_GAP_NURSING);
    }
}
