package org.caremarket.geo.entity;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A UK postcode in its standard form, {@code LS1 4AP}: the outward code (the postcode district)
 * and the inward code. Only well-formed postcodes exist as values.
 */
public record Postcode(String outward, String inward) {

    private static final Pattern COMPACT = Pattern.compile("^([A-Z]{1,2}[0-9][A-Z0-9]?)([0-9][A-Z]{2})$");
    private static final Pattern DISTRICT = Pattern.compile("^[A-Z]{1,2}[0-9][A-Z0-9]?$");

    public Postcode {
        if (outward == null || inward == null || !COMPACT.matcher(outward + inward).matches()) {
            throw new IllegalArgumentException("not a UK postcode");
        }
    }

    /** Accepts any spacing and case ({@code ls14ap}, {@code LS1  4AP}); empty when it is not a UK postcode. */
    public static Optional<Postcode> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String compact = compact(text);
        Matcher matcher = COMPACT.matcher(compact);
        return matcher.matches() ? Optional.of(new Postcode(matcher.group(1), matcher.group(2))) : Optional.empty();
    }

    /** A postcode district (outward code) such as {@code LS1} or {@code LE65}, normalised; empty if malformed. */
    public static Optional<String> parseDistrict(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String compact = compact(text);
        return DISTRICT.matcher(compact).matches() ? Optional.of(compact) : Optional.empty();
    }

    static String compact(String text) {
        return text.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }

    public String district() {
        return outward;
    }

    /** The postcode area, the letters before the first digit: {@code LS}, {@code LE}, {@code M}. */
    public String area() {
        return outward.replaceAll("[0-9].*$", "");
    }

    @Override
    public String toString() {
        return outward + " " + inward;
    }
}
