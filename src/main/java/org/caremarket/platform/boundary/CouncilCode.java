package org.caremarket.platform.boundary;

/**
 * The one definition of how an English council is named on the wire: its ONS GSS code (E06…, E07…, E08…, E09…,
 * E10…), for {@code @Pattern(regexp = CouncilCode.PATTERN, message = CouncilCode.MESSAGE)} on a field or parameter.
 * Whether such a council exists, and has social care duties, is geo's to say.
 */
public final class CouncilCode {

    public static final String PATTERN = "^E\\d{8}$";
    public static final String MESSAGE = "must be the GSS code of an English council, e.g. E08000035";

    private CouncilCode() {
    }
}
