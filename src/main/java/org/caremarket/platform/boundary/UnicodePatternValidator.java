package org.caremarket.platform.boundary;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.regex.Pattern;

public class UnicodePatternValidator implements ConstraintValidator<UnicodePattern, CharSequence> {

    private Pattern pattern;

    @Override
    public void initialize(UnicodePattern annotation) {
        pattern = Pattern.compile(annotation.regexp());
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return value == null || pattern.matcher(value).matches();
    }
}
