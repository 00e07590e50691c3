package nl.ddjgz.shared;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

class NihiiValidator implements ConstraintValidator<ValidNihii, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || value.isBlank() || Nihii.isValid(value);
    }
}
