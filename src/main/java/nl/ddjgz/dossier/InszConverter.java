package nl.ddjgz.dossier;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import nl.ddjgz.shared.Insz;

@Converter
class InszConverter implements AttributeConverter<Insz, String> {

    @Override
    public String convertToDatabaseColumn(Insz insz) {
        return insz == null ? null : insz.value();
    }

    @Override
    public Insz convertToEntityAttribute(String value) {
        return value == null ? null : Insz.of(value);
    }
}
