package nl.ddjgz.shared;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The field holds a valid BSN (elfproef), checked by the same code as {@link Bsn#of(String)}. Empty is allowed. */
@Documented
@Constraint(validatedBy = BsnValidator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidBsn {
    String message() default "{bsn.invalid}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
