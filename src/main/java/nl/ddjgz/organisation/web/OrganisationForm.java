package nl.ddjgz.organisation.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.ddjgz.organisation.MessageIdentifiers;
import nl.ddjgz.organisation.Organisation;

/** The organisation's data as the administrator edits it. */
record OrganisationForm(
        @NotBlank @Size(max = 200) String name,

        @Pattern(regexp = "^(" + MessageIdentifiers.URA + ")?$", message = "{organisation.ura.pattern}")
        String ura,

        @Pattern(regexp = "^(" + MessageIdentifiers.AGB + ")?$", message = "{organisation.agb.pattern}")
        String agb,

        @NotBlank @Size(max = 80) String city,

        @Pattern(
                regexp = "^(" + MessageIdentifiers.APPLICATION_ID + ")?$",
                message = "{organisation.applicationId.pattern}")
        String applicationId,

        @Pattern(
                regexp = "^(" + MessageIdentifiers.UZI_SERVER_CERTIFICATE + ")?$",
                message = "{organisation.serverCertificateId.pattern}")
        String serverCertificateId,

        @Pattern(regexp = "^(" + MessageIdentifiers.OID + ")?$", message = "{organisation.oid.pattern}")
        String dossierOid,

        @Pattern(regexp = "^(" + MessageIdentifiers.OID + ")?$", message = "{organisation.oid.pattern}")
        String contactMomentOid) {

    static OrganisationForm of(Organisation o) {
        return new OrganisationForm(
                o.getName(),
                nullToEmpty(o.getUra()),
                nullToEmpty(o.getAgb()),
                o.getCity(),
                nullToEmpty(o.getApplicationId()),
                nullToEmpty(o.getServerCertificateId()),
                nullToEmpty(o.getDossierOid()),
                nullToEmpty(o.getContactMomentOid()));
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
