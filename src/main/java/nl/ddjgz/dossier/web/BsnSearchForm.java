package nl.ddjgz.dossier.web;

import jakarta.validation.constraints.NotBlank;
import nl.ddjgz.shared.Bsn;
import nl.ddjgz.shared.Insz;
import nl.ddjgz.shared.ScannerAffixes;

/**
 * Search by BSN, or by INSZ for a Belgian child (the same field): always posted, never in a URL. Eleven digits (dots,
 * dashes and spaces of a printed INSZ ignored) are read as an INSZ, anything else as a BSN.
 */
record BsnSearchForm(@NotBlank String bsn) {

    static BsnSearchForm empty() {
        return new BsnSearchForm("");
    }

    /** The same search without what the call-card scanner sends around the number (and without white space). */
    BsnSearchForm without(ScannerAffixes scanner) {
        return new BsnSearchForm(scanner.strip(bsn));
    }

    /** Whether the text has the length of an INSZ rather than of a BSN. */
    boolean isInsz() {
        return bsn != null && bsn.strip().replaceAll("[.\\- ]", "").length() == 11;
    }

    /** The message key when the number is not valid as what it looks like, or null when it is. */
    String invalidKey() {
        if (isInsz()) {
            return Insz.isValid(bsn) ? null : "insz.invalid";
        }
        return Bsn.isValid(bsn) ? null : "bsn.invalid";
    }
}
