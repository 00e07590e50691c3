package nl.ddjgz.praeventis.hl7;

/**
 * An HL7 instance identifier: {@code root} (an OID naming the issuer) and, within it, {@code extension}. Message ids
 * and application (device) ids have both.
 */
@org.springframework.modulith.NamedInterface("hl7")
public record II(String root, String extension) {

    public II {
        if (root == null || root.isBlank()) {
            throw new IllegalArgumentException("an identifier needs a root");
        }
        if (extension != null && extension.isBlank()) {
            extension = null;
        }
    }

    public static II of(String root, String extension) {
        return new II(root, extension);
    }

    /** The id of a sending or receiving application: root {@value Oids#APPLICATION_ID}. */
    public static II application(String extension) {
        return new II(Oids.APPLICATION_ID, extension);
    }

    @Override
    public String toString() {
        return extension == null ? root : root + ":" + extension;
    }
}
