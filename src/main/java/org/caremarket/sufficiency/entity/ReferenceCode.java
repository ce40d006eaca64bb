package org.caremarket.sufficiency.entity;

/**
 * The figures a council's commissioner enters because the product cannot observe them: usual (framework) rates in
 * the six MSIF fee categories, average spot and framework rates, the council's Fair Cost of Care medians (its own
 * Annex A), Skills for Care workforce figures, and council-funded people by age band (for use rates, D7). Each is
 * kept with the date it describes and its source.
 */
public enum ReferenceCode {
    USUAL_RATE_HOMECARE("F1", "Usual rate, home care", "£ per hour"),
    USUAL_RATE_RESIDENTIAL_65("F1", "Usual rate, care homes without nursing 65+", "£ per week"),
    USUAL_RATE_NURSING_65("F1", "Usual rate, care homes with nursing 65+", "£ per week"),
    USUAL_RATE_SUPPORTED_LIVING("F1", "Usual rate, supported living", "£ per hour"),
    USUAL_RATE_RESIDENTIAL_18_64("F1", "Usual rate, care homes without nursing 18–64", "£ per week"),
    USUAL_RATE_NURSING_18_64("F1", "Usual rate, care homes with nursing 18–64", "£ per week"),
    SPOT_RATE_HOMECARE("F5", "Average spot rate, home care", "£ per hour"),
    FRAMEWORK_RATE_HOMECARE("F5", "Average framework rate, home care", "£ per hour"),
    FCOC_MEDIAN_RESIDENTIAL_65("F4", "Fair Cost of Care median, care homes without nursing 65+", "£ per week"),
    FCOC_MEDIAN_NURSING_65("F4", "Fair Cost of Care median, care homes with nursing 65+", "£ per week"),
    FCOC_MEDIAN_HOMECARE("F4", "Fair Cost of Care median, home care 18+", "£ per hour"),
    WORKFORCE_FILLED_POSTS("W1", "Filled posts in adult social care", "posts"),
    WORKFORCE_VACANCY_RATE("W2", "Vacancy rate", "%"),
    WORKFORCE_TURNOVER_RATE("W3", "Turnover rate", "%"),
    WORKFORCE_CARE_WORKERS_CHANGE("W4", "Care workers, 12-month change", "%"),
    FUNDED_CARE_HOME_18_64("D7", "Council-funded care home residents aged 18–64", "people"),
    FUNDED_CARE_HOME_65_74("D7", "Council-funded care home residents aged 65–74", "people"),
    FUNDED_CARE_HOME_75_84("D7", "Council-funded care home residents aged 75–84", "people"),
    FUNDED_CARE_HOME_85_89("D7", "Council-funded care home residents aged 85–89", "people"),
    FUNDED_CARE_HOME_90_PLUS("D7", "Council-funded care home residents aged 90+", "people"),
    FUNDED_HOMECARE_18_64("D7", "Council-funded home care recipients aged 18–64", "people"),
    FUNDED_HOMECARE_65_74("D7", "Council-funded home care recipients aged 65–74", "people"),
    FUNDED_HOMECARE_75_84("D7", "Council-funded home care recipients aged 75–84", "people"),
    FUNDED_HOMECARE_85_89("D7", "Council-funded home care recipients aged 85–89", "people"),
    FUNDED_HOMECARE_90_PLUS("D7", "Council-funded home care recipients aged 90+", "people");

    private final String indicator;
    private final String label;
    private final String unit;

    ReferenceCode(String indicator, String label, String unit) {
        this.indicator = indicator;
        this.label = label;
        this.unit = unit;
    }

    /** The dictionary's indicator the figure feeds. */
    public String indicator() {
        return indicator;
    }

    public String label() {
        return label;
    }

    public String unit() {
        return unit;
    }

    /** True for a percentage, which must lie between 0 and 100. */
    public boolean isPercent() {
        return unit.equals("%") && this != WORKFORCE_CARE_WORKERS_CHANGE;
    }

    /** The funded-people figure of a care home or home care age band (D7), or null for other bands. */
    public static ReferenceCode funded(boolean careHome, AgeBand band) {
        String prefix = careHome ? "FUNDED_CARE_HOME_" : "FUNDED_HOMECARE_";
        return switch (band) {
            case AGED_18_64 -> valueOf(prefix + "18_64");
            case AGED_65_74 -> valueOf(prefix + "65_74");
            case AGED_75_84 -> valueOf(prefix + "75_84");
            case AGED_85_89 -> valueOf(prefix + "85_89");
            case AGED_90_PLUS -> valueOf(prefix + "90_PLUS");
            default -> null;
        };
    }
}
