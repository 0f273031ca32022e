package dev.kinetic.platform.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

public class SingleLineValidator implements ConstraintValidator<SingleLine, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return SafeText.singleLine(value);
    }
}
