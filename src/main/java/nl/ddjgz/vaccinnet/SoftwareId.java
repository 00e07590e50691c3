package nl.ddjgz.vaccinnet;

import java.util.regex.Pattern;
import nl.ddjgz.registry.OutgoingRegistration;
import nl.ddjgz.registry.UnsendableRegistrationException;

/**
 * The organisation's Vaccinnet software id ({@code pakket} in BatchUpload, {@code SoftwareId} in RegistratieService):
 * at most 50 characters, integrator_software[_organisation]. Checked at approval, so a message that Vaccinnet would
 * refuse never enters the queue.
 */
final class SoftwareId {

    static final Pattern PATTERN = Pattern.compile("[\\p{L}\\p{N}.-]+(_[\\p{L}\\p{N}.-]+){1,3}");
    static final int MAX_LENGTH = 50;

    private SoftwareId() {}

    /**
     * @return the organisation's software id, stripped
     * @throws UnsendableRegistrationException when it is missing or not valid (said in the user's language)
     */
    static String of(OutgoingRegistration.Organisation organisation) {
        String id = organisation.softwareId() == null
                ? ""
                : organisation.softwareId().strip();
        if (id.isEmpty()) {
            throw new UnsendableRegistrationException("registry.vaccinnet.noSoftwareId");
        }
        if (id.length() > MAX_LENGTH || !PATTERN.matcher(id).matches()) {
            throw new UnsendableRegistrationException("registry.vaccinnet.invalidSoftwareId");
        }
        return id;
    }
}
