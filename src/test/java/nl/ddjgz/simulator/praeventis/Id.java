package nl.ddjgz.simulator.praeventis;

/** An HL7 instance identifier as received: root (an OID) and extension. */
public record Id(String root, String extension) {

    /** Root and extension of an {@code id}-like element, or null when it has no extension. */
    static Id of(org.w3c.dom.Element element) {
        String extension = RegisterReading.attribute(element, "extension");
        return extension == null ? null : new Id(RegisterReading.attribute(element, "root"), extension);
    }
}
