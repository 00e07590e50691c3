package nl.ddjgz.dossier.web;

import jakarta.validation.constraints.NotBlank;
import nl.ddjgz.shared.ValidBsn;

/** Search by BSN: always posted, never in a URL. */
record BsnSearchForm(@NotBlank @ValidBsn String bsn) {

    static BsnSearchForm empty() {
        return new BsnSearchForm("");
    }
}
