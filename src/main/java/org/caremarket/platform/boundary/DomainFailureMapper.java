package org.caremarket.platform.boundary;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.caremarket.platform.entity.DomainFailure;
import org.caremarket.platform.entity.InvalidInput;
import org.caremarket.platform.entity.TooManyRequests;
import org.caremarket.platform.entity.Unauthenticated;

/** Situations the domain names (unknown record, conflict, stale version, invalid input, a body too large). */
@Provider
public class DomainFailureMapper implements ExceptionMapper<DomainFailure> {

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(DomainFailure failure) {
        return answer(failure, uri);
    }

    /** The answer to a failure the domain named, also when another mapper finds it among a wrapper's causes. */
    static Response answer(DomainFailure failure, UriInfo uri) {
        Response response = Problems.response(failure.status(), failure.type(), failure.title(), failure.detail(), uri,
                failure instanceof InvalidInput invalid ? invalid.errors() : null);
        if (failure instanceof Unauthenticated) {
            return Response.fromResponse(response).header("WWW-Authenticate", "Bearer realm=\"caremarket\"").build();
        }
        if (failure instanceof TooManyRequests limited) {
            return Response.fromResponse(response).header("Retry-After", Math.max(1, limited.retryAfterSeconds())).build();
        }
        return response;
    }
}
