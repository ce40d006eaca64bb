package org.caremarket.platform.boundary;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import org.caremarket.platform.entity.InvalidInput;

/**
 * A GET whose {@code If-None-Match} names the ETag the answer carries is answered 304 Not Modified, with the ETag
 * and no body (RFC 9110, section 13.1.2): a provider's system polling its services' records, or a cache, then
 * moves no body it already has. One filter for every read that carries an ETag. A malformed If-None-Match is
 * ignored, as a cache would: the full answer goes back.
 */
@Provider
public class NotModified implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        String method = request.getMethod();
        if (response.getStatus() != 200 || !(HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method))) {
            return;
        }
        String condition = request.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        String tag = response.getHeaderString(HttpHeaders.ETAG);
        if (condition == null || tag == null) {
            return;
        }
        try {
            if (!EntityTags.noneMatchHits(condition, tag)) {
                return;
            }
        } catch (InvalidInput malformed) {
            return;
        }
        response.setStatus(304);
        response.setEntity(null);
        response.getHeaders().remove(HttpHeaders.CONTENT_TYPE);
        response.getHeaders().remove(HttpHeaders.CONTENT_LENGTH);
    }
}
