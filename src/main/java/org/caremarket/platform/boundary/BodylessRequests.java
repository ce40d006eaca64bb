package org.caremarket.platform.boundary;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.util.Set;

/**
 * Requests that send no body. A POST or PUT with no body and no {@code Content-Type} (what curl and generated clients
 * send for an operation called without one) would be refused by JAX-RS with 415 before the operation is even found;
 * it is given the type {@code application/json}, so the operation answers as it does to an empty JSON body, which
 * the strict reader ({@code StrictJson}) reads as none.
 */
@Provider
@PreMatching
public class BodylessRequests implements ContainerRequestFilter {

    private static final Set<String> WITH_BODY = Set.of("POST", "PUT", "PATCH");

    @Override
    public void filter(ContainerRequestContext request) {
        if (WITH_BODY.contains(request.getMethod()) && request.getMediaType() == null && empty(request)) {
            request.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON);
        }
    }

    /** HTTP/1.1 announces every body with Content-Length or Transfer-Encoding. */
    private static boolean empty(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        return request.getHeaderString("Transfer-Encoding") == null && (length == null || length.strip().equals("0"));
    }
}
