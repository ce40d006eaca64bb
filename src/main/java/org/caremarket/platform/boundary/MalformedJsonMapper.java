package org.caremarket.platform.boundary;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.caremarket.platform.entity.DomainFailure;

/**
 * A body that is not JSON, or JSON of the wrong types: 400, without echoing parser internals. What the body's
 * stream threw while JSON-B read it (a body over its limit, a NUL) is answered as itself.
 */
@Provider
public class MalformedJsonMapper implements ExceptionMapper<JsonbException> {

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(JsonbException exception) {
        return DomainFailure.within(exception).map(named -> DomainFailureMapper.answer(named, uri))
                .orElseGet(() -> MalformedBody.response(uri));
    }
}
