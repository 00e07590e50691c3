package nl.ddjgz.organisation.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.ddjgz.organisation.Organisation;

/** The organisation's data as the administrator edits it. */
record OrganisationForm(
        @NotBlank @Size(max = 200) String name,

        @Pattern(regexp = "^([0-9]{8})?$", message = "{organisation.ura.pattern}")
        String ura,

        @Pattern(regexp = "^([0-9]{8})?$", message = "{organisation.agb.pattern}")
        String agb,

        @NotBlank @Size(max = 80) String city,
        @Size(max = 40) String applicationId,
        @Size(max = 40) String serverCertificateId) {

    static OrganisationForm of(Organisation o) {
        return new OrganisationForm(
                o.getName(),
                nullToEmpty(o.getUra()),
                nullToEmpty(o.getAgb()),
                o.getCity(),
                nullToEmpty(o.getApplicationId()),
                nullToEmpty(o.getServerCertificateId()));
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
