package org.caremarket.web.boundary;

import java.util.Locale;
import org.caremarket.sufficiency.entity.Indicator;

/** The council pages' words for figures: values with their units, RAG ratings as GOV.UK tags, statuses in words. */
public final class CouncilWords {

    private CouncilWords() {
    }

    /** A number as people read it: thousands separated, at most one decimal place. */
    public static String number(Double v) {
        if (v == null) {
            return "";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e12) {
            return String.format(Locale.UK, "%,d", v.longValue());
        }
        return String.format(Locale.UK, "%,.1f", v);
    }

    /** An indicator's value with its unit: "87.5%", "£812.40 per week", "12 days". */
    public static String value(Indicator i) {
        return value(i.value(), i.unit());
    }

    public static String value(Double v, String unit) {
        if (v == null) {
            return "No figure";
        }
        if (unit == null || unit.isEmpty()) {
            return number(v);
        }
        if (unit.equals("%")) {
            return number(v) + "%";
        }
        if (unit.startsWith("£")) {
            return "£" + String.format(Locale.UK, "%,.2f", v) + unit.substring(1);
        }
        return number(v) + " " + unit;
    }

    /** Red, amber, green or no rule, as words (the colour is never the only sign). */
    public static String rag(String rag) {
        return switch (rag == null ? "NONE" : rag) {
            case "RED" -> "Red";
            case "AMBER" -> "Amber";
            case "GREEN" -> "Green";
            default -> "No rating";
        };
    }

    public static String ragTag(String rag) {
        return switch (rag == null ? "NONE" : rag) {
            case "RED" -> "govuk-tag--red";
            case "AMBER" -> "govuk-tag--yellow";
            case "GREEN" -> "govuk-tag--green";
            default -> "govuk-tag--grey";
        };
    }

    /** Why a figure has no value, in words. */
    public static String status(Indicator i) {
        return switch (i.status()) {
            case AVAILABLE -> "";
            case NO_POPULATION_DATA -> "No population figures for this area";
            case NO_DATA -> "No data yet";
            case NOT_ENTERED -> "Not entered by the council yet";
        };
    }

    /** An id usable as an HTML id and fragment: "B2.median" becomes "ind-B2-median". */
    public static String anchor(String indicatorId) {
        return "ind-" + indicatorId.replaceAll("[^A-Za-z0-9]", "-");
    }

    public static String percent(Double v) {
        return v == null ? "No figure" : number(v) + "%";
    }

    /** Hours as days where they are long: "36 hours", "4.5 days". */
    public static String hours(Double h) {
        if (h == null) {
            return "No figure";
        }
        return h < 48 ? number(h) + " hours" : number(Math.round(h / 2.4) / 10.0) + " days";
    }
}
