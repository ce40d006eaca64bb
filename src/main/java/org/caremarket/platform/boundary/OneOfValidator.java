package org.caremarket.platform.boundary;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

public class OneOfValidator implements ConstraintValidator<OneOf, String> {

    private Set<String> names;
    private String message;

    @Override
    public void initialize(OneOf annotation) {
        names = Arrays.stream(annotation.value().getEnumConstants()).map(Enum::name)
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
        message = annotation.message().replace("{values}", String.join(", ", names));
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null || names.contains(value)) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(message.replace("{", "\\{").replace("$", "\\$"))
                .addConstraintViolation();
        return false;
    }

    /** The enum constant a validated value names. */
    public static <E extends Enum<E>> E parse(Class<E> type, String value) {
        return value == null ? null : Enum.valueOf(type, value);
    }
}
