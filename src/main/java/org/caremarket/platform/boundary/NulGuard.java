package org.caremarket.platform.boundary;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import org.caremarket.platform.entity.InvalidInput;

/**
 * Refuses the NUL character in the path or the query (and {@link NulBodyGuard} in the body): no field
 * has a use for it, and PostgreSQL cannot store it (it would fail the request with a 500).
 */
@Provider
@PreMatching
public class NulGuard implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        String uri = request.getUriInfo().getRequestUri().getRawPath() + "?"
                + request.getUriInfo().getRequestUri().getRawQuery();
        if (uri.toLowerCase(Locale.ROOT).contains("%00")) {
            throw InvalidInput.of(uri.indexOf('?') < uri.toLowerCase(Locale.ROOT).indexOf("%00") ? "query" : "path",
                    "must not contain the NUL character");
        }
    }
}
