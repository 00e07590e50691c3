package nl.ddjgz.registry;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a {@link Registry} as its code, as the enum it replaced was stored. */
@Converter(autoApply = true)
class RegistryCodeConverter implements AttributeConverter<Registry, String> {

    @Override
    public String convertToDatabaseColumn(Registry registry) {
        return registry == null ? null : registry.code();
    }

    @Override
    public Registry convertToEntityAttribute(String code) {
        return code == null ? null : Registry.valueOf(code);
    }
}
