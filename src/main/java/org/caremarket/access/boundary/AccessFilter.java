package org.caremarket.access.boundary;

import org.caremarket.platform.boundary.Public;
import org.caremarket.platform.boundary.Allowed;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import org.caremarket.access.control.ApiKeys;
import org.caremarket.access.control.CurrentCaller;
import org.caremarket.access.entity.Caller;
import org.caremarket.platform.entity.Role;
import org.caremarket.platform.entity.Unauthenticated;

/**
 * Turns the request's credential into the {@link CurrentCaller} and applies the method's role rule.
 * Today the credential is an API key; a MicroProfile JWT would be mapped onto the same roles here.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class AccessFilter implements ContainerRequestFilter {

    private static final String BEARER = "Bearer ";

    @Inject
    ApiKeys keys;

    @Inject
    CurrentCaller current;

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization != null) {
            if (!authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())
                    || authorization.length() > 200) {
                throw new Unauthenticated("Send the API key as Authorization: Bearer <key>.");
            }
            Caller caller = keys.authenticate(authorization.substring(BEARER.length()).strip())
                    .orElseThrow(() -> new Unauthenticated("The API key is unknown or has been revoked."));
            current.set(caller);
        }
        Method method = resource.getResourceMethod();
        if (method == null || method.isAnnotationPresent(Public.class)) {
            return;
        }
        Allowed allowed = method.getAnnotation(Allowed.class);
        current.require(allowed == null ? new Role[] {Role.ADMIN} : allowed.value());
    }
}
