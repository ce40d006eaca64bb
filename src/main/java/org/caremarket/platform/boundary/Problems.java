package org.caremarket.platform.boundary;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.caremarket.platform.entity.FieldError;

/** Builds problem+json responses so that every mapper answers in the same shape. */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";

    private Problems() {
    }

    public static Response response(int status, String type, String title, String detail, UriInfo uri,
                                    List<FieldError> errors) {
        String instance = uri == null ? null : uri.getRequestUri().getRawPath();
        Problem problem = new Problem(type, title, status, detail, instance,
                errors == null || errors.isEmpty() ? null : List.copyOf(errors));
        return Response.status(status).type(MEDIA_TYPE).entity(problem).build();
    }

    public static Response invalid(String detail, List<FieldError> errors, UriInfo uri) {
        return response(400, "/problems/invalid-request", "The request is not valid", detail, uri, errors);
    }
}
