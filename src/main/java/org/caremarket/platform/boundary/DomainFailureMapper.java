package org.caremarket.platform.boundary;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.caremarket.platform.entity.DomainFailure;
import org.caremarket.platform.entity.InvalidInput;

/** Situations the domain names (unknown record, conflict, stale version, invalid input). */
@Provider
public class DomainFailureMapper implements ExceptionMapper<DomainFailure> {

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(DomainFailure failure) {
        return Problems.response(failure.status(), failure.type(), failure.title(), failure.detail(), uri,
                failure instanceof InvalidInput invalid ? invalid.errors() : null);
    }
}
