package nl.ddjgz.shared;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The field holds a valid NIHII of a person (check digits), checked by the same code as {@link Nihii#of(String)}.
 * Empty is allowed; dots, dashes and spaces are ignored.
 */
@Documented
@Constraint(validatedBy = NihiiValidator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidNihii {
    String message() default "{nihii.invalid}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
