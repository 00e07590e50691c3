package nl.ddjgz.shared;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

class InszValidator implements ConstraintValidator<ValidInsz, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || value.isBlank() || Insz.isValid(value);
    }
}
