package nl.ddjgz.vaccinnet.ws;

import java.util.Arrays;

/** A vaccination the registry holds: its VaccinationId and the KMEHR message (decoded from base64). */
public record StoredVaccination(String vaccinationId, byte[] kmehrMessage) {

    public StoredVaccination {
        WsChecks.text(vaccinationId, "VaccinationId");
        WsChecks.required(kmehrMessage, "KmehrMessage");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StoredVaccination that
                && vaccinationId.equals(that.vaccinationId)
                && Arrays.equals(kmehrMessage, that.kmehrMessage);
    }

    @Override
    public int hashCode() {
        return 31 * vaccinationId.hashCode() + Arrays.hashCode(kmehrMessage);
    }

    @Override
    public String toString() {
        return "StoredVaccination[vaccinationId=" + vaccinationId + ", " + kmehrMessage.length + " bytes]";
    }
}
