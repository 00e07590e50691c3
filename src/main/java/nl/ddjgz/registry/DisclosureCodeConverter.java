package nl.ddjgz.registry;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a {@link Disclosure} as its code, as the message kind it replaced was stored. */
@Converter(autoApply = true)
class DisclosureCodeConverter implements AttributeConverter<Disclosure, String> {

    @Override
    public String convertToDatabaseColumn(Disclosure disclosure) {
        return disclosure == null ? null : disclosure.code();
    }

    @Override
    public Disclosure convertToEntityAttribute(String code) {
        return code == null ? null : Disclosure.ofCode(code);
    }
}
