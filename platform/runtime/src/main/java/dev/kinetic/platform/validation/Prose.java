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

/** Running text: line breaks and tabs allowed, other control characters not (see {@link SafeText#prose}). */
@Documented
@Constraint(validatedBy = ProseValidator.class)
@Target({ FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE })
@Retention(RUNTIME)
public @interface Prose {

    String message() default "must not contain control characters other than line breaks and tabs";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
