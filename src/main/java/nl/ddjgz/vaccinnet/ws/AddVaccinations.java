package nl.ddjgz.vaccinnet.ws;

import java.util.Arrays;
import java.util.List;
import nl.ddjgz.shared.Insz;

/**
 * RegistratieService AddVaccinations: our software id (at most 50 characters), the patient's INSZ and 1 to 5 KMEHR
 * messages (the bytes {@link nl.ddjgz.vaccinnet.kmehr.KmehrWriter} wrote; sent base64-encoded).
 */
public record AddVaccinations(String softwareId, Insz patientId, List<byte[]> kmehrMessages) {

    /** At most this many KMEHR messages per request. */
    public static final int MAX_MESSAGES = 5;

    public AddVaccinations {
        WsChecks.softwareId(softwareId, "SoftwareId");
        WsChecks.required(patientId, "PatientId");
        kmehrMessages = List.copyOf(WsChecks.required(kmehrMessages, "KmehrMessage"));
        if (kmehrMessages.isEmpty() || kmehrMessages.size() > MAX_MESSAGES) {
            throw new IllegalArgumentException("1 to " + MAX_MESSAGES + " KMEHR messages per request");
        }
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof AddVaccinations that)
                || !softwareId.equals(that.softwareId)
                || !patientId.equals(that.patientId)
                || kmehrMessages.size() != that.kmehrMessages.size()) {
            return false;
        }
        for (int i = 0; i < kmehrMessages.size(); i++) {
            if (!Arrays.equals(kmehrMessages.get(i), that.kmehrMessages.get(i))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int hash = 31 * softwareId.hashCode() + patientId.hashCode();
        for (byte[] message : kmehrMessages) {
            hash = 31 * hash + Arrays.hashCode(message);
        }
        return hash;
    }

    @Override
    public String toString() {
        return "AddVaccinations[softwareId=" + softwareId + ", patientId=" + patientId + ", " + kmehrMessages.size()
                + " KMEHR messages]";
    }
}
