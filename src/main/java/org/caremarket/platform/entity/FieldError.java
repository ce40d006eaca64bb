package org.caremarket.platform.entity;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One invalid field of a request: where it is (a JSON path such as {@code address.postcode}) and what is wrong. */
@Schema(name = "FieldError", description = "One invalid field of a request.")
public record FieldError(
        @Schema(description = "Path of the field in the request, e.g. address.postcode or the query parameter name.",
                example = "address.postcode") String field,
        @Schema(description = "What is wrong with it, in words a person can act on.") String message) {
}
