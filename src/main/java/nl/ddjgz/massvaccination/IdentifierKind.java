package nl.ddjgz.massvaccination;

/**
 * Which number identifies the children of a session: the BSN for a Dutch organisation, the INSZ
 * (rijksregisternummer) for an organisation that reports to a Belgian register.
 */
public enum IdentifierKind {
    BSN,
    INSZ;

    /** The number as shown on pages and cards ("YY.MM.DD-NNN.CC" for an INSZ). Never for logs. */
    public String shown(String digits) {
        if (digits == null || this == BSN || digits.length() != 11) {
            return digits;
        }
        return digits.substring(0, 2) + "." + digits.substring(2, 4) + "." + digits.substring(4, 6) + "-"
                + digits.substring(6, 9) + "." + digits.substring(9);
    }
}
