package nl.ddjgz.vaccinnet.ws;

import java.util.Arrays;

/**
 * A BatchUpload request: one KMEHR message (the bytes {@link nl.ddjgz.vaccinnet.kmehr.KmehrWriter} wrote, at most 500
 * persons) and {@code extraInfo}: its {@code type} and the {@code pakket}, our software id
 * (integrator_software[_organisation], at most 50 characters).
 */
public record UploadRequest(byte[] kmehrMessage, String type, String pakket) {

    public UploadRequest {
        WsChecks.required(kmehrMessage, "kmehrmessage");
        WsChecks.text(type, "type");
        WsChecks.softwareId(pakket, "pakket");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof UploadRequest that
                && Arrays.equals(kmehrMessage, that.kmehrMessage)
                && type.equals(that.type)
                && pakket.equals(that.pakket);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(kmehrMessage) + type.hashCode()) + pakket.hashCode();
    }

    @Override
    public String toString() {
        return "UploadRequest[" + kmehrMessage.length + " bytes, type=" + type + ", pakket=" + pakket + "]";
    }
}
