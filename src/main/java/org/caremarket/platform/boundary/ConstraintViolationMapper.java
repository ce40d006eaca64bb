package org.caremarket.platform.boundary;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.caremarket.platform.entity.FieldError;

/**
 * Bean Validation failures on request bodies and parameters: 400 listing every invalid field, and what a
 * {@link CrossChecked} request breaks across its fields.
 */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(ConstraintViolationException exception) {
        List<FieldError> errors = Stream.concat(
                        exception.getConstraintViolations().stream().map(v -> new FieldError(fieldOf(v), v.getMessage())),
                        crossChecks(exception.getConstraintViolations()).stream())
                .distinct()
                .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
                .toList();
        String detail = errors.size() == 1 ? "1 field is not valid." : errors.size() + " fields are not valid.";
        return Problems.invalid(detail, errors, uri);
    }

    /**
     * What the {@link CrossChecked} requests among the refused call's parameters find across their fields: their
     * resource never runs to ask, and the client should not learn of these only after fixing the fields.
     */
    private static List<FieldError> crossChecks(Set<ConstraintViolation<?>> violations) {
        List<FieldError> problems = new ArrayList<>();
        violations.stream().map(ConstraintViolation::getExecutableParameters).filter(Objects::nonNull)
                .flatMap(Arrays::stream).filter(CrossChecked.class::isInstance).map(CrossChecked.class::cast)
                .distinct().forEach(request -> request.crossCheck(today(), problems));
        return problems;
    }

    private static LocalDate today() {
        return LocalDate.now(CDI.current().select(Clock.class).get().withZone(ZoneOffset.UTC));
    }

    /**
     * The path as the client sees it: {@code create.body.address.postcode} becomes
     * {@code address.postcode}; a query parameter {@code search.near} becomes {@code near}.
     */
    public static String fieldOf(ConstraintViolation<?> violation) {
        List<String> names = new ArrayList<>();
        Iterator<Path.Node> nodes = violation.getPropertyPath().iterator();
        List<Path.Node> all = new ArrayList<>();
        nodes.forEachRemaining(all::add);
        for (int i = 0; i < all.size(); i++) {
            Path.Node node = all.get(i);
            boolean last = i == all.size() - 1;
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR
                    || node.getKind() == ElementKind.CROSS_PARAMETER
                    || (node.getKind() == ElementKind.PARAMETER && !last)) {
                continue;
            }
            String name = node.getName();
            if (node.getIndex() != null && !names.isEmpty()) {
                int at = names.size() - 1;
                names.set(at, names.get(at) + "[" + node.getIndex() + "]");
            }
            if (name != null && !name.startsWith("<")) {
                names.add(name);
            }
        }
        return names.isEmpty() ? "body" : String.join(".", names);
    }
}
