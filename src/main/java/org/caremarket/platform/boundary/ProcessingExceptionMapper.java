package org.caremarket.platform.boundary;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.caremarket.platform.entity.DomainFailure;

/**
 * The JAX-RS runtime could not read the body (it wraps JSON-B and JSON-P parse failures this way); what the body's
 * stream threw (a body over its limit, a NUL) is answered as itself.
 */
@Provider
public class ProcessingExceptionMapper implements ExceptionMapper<ProcessingException> {

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(ProcessingException exception) {
        return DomainFailure.within(exception).map(named -> DomainFailureMapper.answer(named, uri))
                .orElseGet(() -> MalformedBody.response(uri));
    }
}
