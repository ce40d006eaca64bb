package org.caremarket.platform.boundary;

import java.time.LocalDate;
import java.util.List;
import org.caremarket.platform.entity.FieldError;

/**
 * A request whose rules span several fields (a care home needs a bed type, a rate range must not run backwards). Its
 * resource runs {@link #crossCheck} once the field constraints pass and hands the problems to the control, which adds
 * what only it can tell (an unknown postcode) and answers one 400. When a field constraint fails first,
 * {@link ConstraintViolationMapper} runs {@link #crossCheck} as well and lists both: either way one 400 names every
 * problem the request shows, instead of the rest on the next try.
 */
public interface CrossChecked {

    /**
     * Adds a problem for each rule across fields this request breaks, as of {@code today} (UTC). A field that is
     * missing or invalid on its own is its own constraint's to name: skip the rules that need it, never fail on it.
     */
    void crossCheck(LocalDate today, List<FieldError> problems);
}
