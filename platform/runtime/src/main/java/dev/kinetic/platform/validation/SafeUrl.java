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

/** A link clients may render: https or site-relative (see {@link SafeText#safeUrl}). */
@Documented
@Constraint(validatedBy = SafeUrlValidator.class)
@Target({ FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE })
@Retention(RUNTIME)
public @interface SafeUrl {

    String message() default "must be an https URL or a path relative to the site";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
