package org.caremarket.platform.boundary;

import java.util.List;
import org.caremarket.platform.entity.FieldError;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The one error shape of the API: RFC 9457 problem details, with the invalid fields when there are any. */
@Schema(name = "Problem", description = "RFC 9457 problem details.")
public record Problem(
        @Schema(description = "URI reference naming the kind of problem.", example = "/problems/invalid-request") String type,
        @Schema(description = "Short summary of the kind of problem.") String title,
        @Schema(description = "HTTP status code.") int status,
        @Schema(description = "What went wrong with this request.") String detail,
        @Schema(description = "The request path.") String instance,
        @Schema(description = "Each invalid field, for 400 responses.") List<FieldError> errors) {
}
