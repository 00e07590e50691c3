package nl.ddjgz.security;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import nl.ddjgz.shared.Nihii;

@Converter
class NihiiConverter implements AttributeConverter<Nihii, String> {

    @Override
    public String convertToDatabaseColumn(Nihii nihii) {
        return nihii == null ? null : nihii.value();
    }

    @Override
    public Nihii convertToEntityAttribute(String value) {
        return value == null ? null : Nihii.of(value);
    }
}
