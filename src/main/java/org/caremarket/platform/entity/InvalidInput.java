package org.caremarket.platform.entity;

import java.util.List;

/**
 * Input that breaks a rule only the domain can check (a postcode that is well formed but unknown,
 * a care home without beds): 400 with the same field list as Bean Validation failures.
 */
public class InvalidInput extends DomainFailure {

    private final List<FieldError> errors;

    public InvalidInput(List<FieldError> errors) {
        super(400, "/problems/invalid-request", "The request is not valid",
                errors.size() == 1 ? "1 field is not valid." : errors.size() + " fields are not valid.");
        this.errors = errors.stream().sorted(java.util.Comparator.comparing(FieldError::field)
                .thenComparing(FieldError::message)).toList();
    }

    public static InvalidInput of(String field, String message) {
        return new InvalidInput(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
