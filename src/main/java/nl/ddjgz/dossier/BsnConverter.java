package nl.ddjgz.dossier;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import nl.ddjgz.shared.Bsn;

@Converter
class BsnConverter implements AttributeConverter<Bsn, String> {

    @Override
    public String convertToDatabaseColumn(Bsn bsn) {
        return bsn == null ? null : bsn.value();
    }

    @Override
    public Bsn convertToEntityAttribute(String value) {
        return value == null ? null : Bsn.of(value);
    }
}
