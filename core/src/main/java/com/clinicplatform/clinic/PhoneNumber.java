package com.clinicplatform.clinic;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * A phone number people can dial: {@link PhoneNumbers} reads it as a valid number, typed the way the clinic's own
 * country writes it ({@code 020 7946 0123}) or with its country code. An empty value is left to {@code @NotBlank}.
 */
@Documented
@Constraint(validatedBy = PhoneNumberCheck.class)
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface PhoneNumber {

    String message() default "Enter a phone number such as 020 7946 0123, or with its country code";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
