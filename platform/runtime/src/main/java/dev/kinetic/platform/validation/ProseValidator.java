package dev.kinetic.platform.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

public class ProseValidator implements ConstraintValidator<Prose, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return SafeText.prose(value);
    }
}
