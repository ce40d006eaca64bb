package org.caremarket.platform.boundary;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Every answer carries an {@code X-Request-Id}: the caller's own when it sends a sensible one (letters, digits,
 * '.', '_', '-'; up to 64), otherwise a new UUID. The access record in the JSON log carries the same id, so a
 * client, a load balancer and the server's log can name one request.
 */
@Provider
@PreMatching
public class RequestIds implements ContainerRequestFilter, ContainerResponseFilter {

    public static final String HEADER = "X-Request-Id";
    private static final Pattern SENSIBLE = Pattern.compile("^[A-Za-z0-9._-]{1,64}$");
    private static final String PROPERTY = RequestIds.class.getName();

    @Override
    public void filter(ContainerRequestContext request) {
        String given = request.getHeaderString(HEADER);
        request.setProperty(PROPERTY, sensible(given) ? given : UUID.randomUUID().toString());
    }

    /** Whether a caller's request id may be kept: letters, digits, '.', '_', '-', up to 64. */
    static boolean sensible(String given) {
        return given != null && SENSIBLE.matcher(given).matches();
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Object id = request.getProperty(PROPERTY);
        response.getHeaders().putSingle(HEADER, id != null ? id : UUID.randomUUID().toString());
    }
}
