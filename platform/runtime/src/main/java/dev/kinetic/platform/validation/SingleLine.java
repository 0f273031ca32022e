package dev.kinetic.platform.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/** A name, title or slug: no control characters and no line breaks (see {@link SafeText#singleLine}). */
@Documented
@Constraint(validatedBy = SingleLineValidator.class)
@Target({ FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE })
@Retention(RUNTIME)
public @interface SingleLine {

    String message() default "must be a single line without control characters";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
