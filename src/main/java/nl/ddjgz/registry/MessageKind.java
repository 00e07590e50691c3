package nl.ddjgz.registry;

/** Which interaction carries the registration: consent decides (rules.md §3). */
public enum MessageKind {
    /** REPC_IN002140NL: with BSN and personal data (consent in force). */
    WITH_BSN("REPC_IN002140NL"),
    /** REPC_IN002145NL: anonymised, without BSN, personal data and objections (no consent). */
    ANONYMISED("REPC_IN002145NL");

    private final String interaction;

    MessageKind(String interaction) {
        this.interaction = interaction;
    }

    public String interaction() {
        return interaction;
    }
}
