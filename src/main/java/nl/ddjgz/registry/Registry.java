package nl.ddjgz.registry;

import java.util.Objects;

/**
 * Which register a message or the organisation's choice is for, as the stored code ({@code PRAEVENTIS},
 * {@code VACCINNET_BATCH}, ...). The port names no register: each adapter declares its own code in its
 * {@link RegisterProfile}, and everything else asks the profile what the register does.
 *
 * @param code the code as stored with the organisation and with every message
 */
public record Registry(String code) {

    public Registry {
        Objects.requireNonNull(code, "code");
        if (code.isBlank()) {
            throw new IllegalArgumentException("a register code is not blank");
        }
    }

    /** The register with this stored code. */
    public static Registry valueOf(String code) {
        return new Registry(code);
    }

    /** The stored code (as an enum's name, which it was). */
    public String name() {
        return code;
    }

    @Override
    public String toString() {
        return code;
    }
}
