package org.caremarket.platform.boundary;

import jakarta.annotation.Priority;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.caremarket.platform.entity.FieldError;
import org.caremarket.platform.entity.InvalidInput;

/**
 * A query parameter the operation takes once ({@code size}, {@code council}) given more than once is a 400 naming it,
 * for every operation: JAX-RS would silently use the first ({@code size=5&size=100000} pages by 5), so a client
 * that built its query wrongly would never know. Parameters declared as a list ({@code kind}, {@code slot}) may
 * repeat. The single-valued names of each resource method — its own {@code @QueryParam} parameters and the fields
 * of its {@code @BeanParam} — are read once and kept.
 */
@Provider
@Priority(Priorities.USER - 100)
public class SingleValuedParameters implements ContainerRequestFilter {

    private static final Map<Method, Set<String>> SINGLE = new ConcurrentHashMap<>();

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return;
        }
        Map<String, List<String>> given = request.getUriInfo().getQueryParameters(false);
        if (given.isEmpty()) {
            return;
        }
        List<FieldError> repeated = new ArrayList<>();
        for (String name : SINGLE.computeIfAbsent(method, SingleValuedParameters::singleValued)) {
            List<String> values = given.get(name);
            if (values != null && values.size() > 1) {
                repeated.add(new FieldError(name, "must be given at most once; it was given " + values.size() + " times"));
            }
        }
        if (!repeated.isEmpty()) {
            throw new InvalidInput(repeated);
        }
    }

    /** The names of the method's query parameters that hold one value. */
    static Set<String> singleValued(Method method) {
        Set<String> names = new java.util.TreeSet<>();
        for (Parameter parameter : method.getParameters()) {
            QueryParam query = parameter.getAnnotation(QueryParam.class);
            if (query != null && !multiValued(parameter.getType())) {
                names.add(query.value());
            }
            if (parameter.isAnnotationPresent(BeanParam.class)) {
                for (Class<?> type = parameter.getType(); type != null && type != Object.class; type = type.getSuperclass()) {
                    for (Field field : type.getDeclaredFields()) {
                        QueryParam fieldQuery = field.getAnnotation(QueryParam.class);
                        if (fieldQuery != null && !multiValued(field.getType())) {
                            names.add(fieldQuery.value());
                        }
                    }
                }
            }
        }
        return Set.copyOf(names);
    }

    private static boolean multiValued(Class<?> type) {
        return type.isArray() || Collection.class.isAssignableFrom(type);
    }
}
