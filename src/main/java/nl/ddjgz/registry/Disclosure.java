package nl.ddjgz.registry;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What a message may tell the register about the child: the register-neutral fact decided at approval. Where the
 * register's profile says the parents' consent decides ({@link RegisterProfile#anonymisesWithoutConsent()}, the
 * RIVM), a child without consent in force is {@link #ANONYMISED}; every other registration is {@link #IDENTIFIED}.
 * Each adapter chooses its own message from it (Praeventis: the HL7 interaction).
 *
 * <p>Stored (column {@code registry_message.kind} and the message's content) under the codes the values had before
 * the port owned no register: {@code WITH_BSN} and {@code ANONYMISED}.
 */
public enum Disclosure {
    /** The child's identity and personal data, and the objections where the register takes them. */
    @JsonProperty("WITH_BSN")
    IDENTIFIED("WITH_BSN"),
    /** Without the child's identity, personal data and objections. */
    @JsonProperty("ANONYMISED")
    ANONYMISED("ANONYMISED");

    private final String code;

    Disclosure(String code) {
        this.code = code;
    }

    /** The stored code. */
    public String code() {
        return code;
    }

    /**
     * The value of a stored code.
     *
     * @throws IllegalArgumentException for an unknown code
     */
    public static Disclosure ofCode(String code) {
        for (Disclosure disclosure : values()) {
            if (disclosure.code.equals(code)) {
                return disclosure;
            }
        }
        throw new IllegalArgumentException("unknown disclosure code");
    }
}
