package nl.ddjgz.shared;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

class BsnValidator implements ConstraintValidator<ValidBsn, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || value.isBlank() || Bsn.isValid(value);
    }
}
