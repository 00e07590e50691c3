package nl.ddjgz.organisation.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.ddjgz.organisation.Organisation;

/**
 * The register the organisation reports to (one of {@link nl.ddjgz.organisation.RegisterOptions}), its users' language and what the Belgian registers need: the eHealth id
 * of its certificate and the Vaccinnet software id (pakket / SoftwareId: at most 50 characters, in the form
 * integrator_software[_organisation[_postcode]], never changed once in production).
 */
record RegistryForm(
        @NotBlank @Size(max = 40) String registry,

        @NotBlank @Pattern(regexp = "^(nl|fr)$") String language,

        @Pattern(regexp = "^([0-9]{8}|[0-9]{11})?$", message = "{organisation.ehealthId.pattern}")
        String ehealthId,

        @Size(max = 50, message = "{organisation.softwareId.size}")
        @Pattern(
                regexp = "^([\\p{L}\\p{N}.-]+(_[\\p{L}\\p{N}.-]+){1,3})?$",
                message = "{organisation.softwareId.pattern}")
        String softwareId) {

    static RegistryForm of(Organisation o) {
        return new RegistryForm(
                o.getRegistry(),
                o.getLanguage(),
                o.getEhealthId() == null ? "" : o.getEhealthId(),
                o.getSoftwareId() == null ? "" : o.getSoftwareId());
    }
}
