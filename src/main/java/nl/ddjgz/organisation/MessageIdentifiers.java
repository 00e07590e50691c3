package nl.ddjgz.organisation;

import java.util.regex.Pattern;

/**
 * The official formats of the organisation's identifiers that go into messages to Praeventis (Nictiz JGZ 7.1
 * schematrons DTr1_II.NL.URA, .AGB and .UZI; the HL7 OID syntax): the administrator's form and the Praeventis adapter
 * check with the same patterns, so a value the page accepts is one the register accepts.
 */
public final class MessageIdentifiers {

    /** URA (root 2.16.528.1.1007.3.3): 8 digits. */
    public static final String URA = "[0-9]{8}";

    /** AGB code (root 2.16.840.1.113883.2.4.6.1): 8 digits. */
    public static final String AGB = "[0-9]{8}";

    /** UZI server certificate number (root 2.16.528.1.1007.3.2): 9 digits. */
    public static final String UZI_SERVER_CERTIFICATE = "[0-9]{9}";

    /**
     * AORTA application id (root 2.16.840.1.113883.2.4.6.6): digits, as the national infrastructure hands them out (the
     * official rules set no format; ours is the stricter reading).
     */
    public static final String APPLICATION_ID = "[0-9]{1,20}";

    /** An ISO object identifier in HL7's syntax: arcs of digits without leading zeros, at most 64 characters. */
    public static final String OID = "(?=.{3,64}$)[0-2](\\.(0|[1-9][0-9]*))+";

    private MessageIdentifiers() {}

    public static boolean isUra(String value) {
        return matches(URA, value);
    }

    public static boolean isAgb(String value) {
        return matches(AGB, value);
    }

    public static boolean isServerCertificate(String value) {
        return matches(UZI_SERVER_CERTIFICATE, value);
    }

    public static boolean isApplicationId(String value) {
        return matches(APPLICATION_ID, value);
    }

    public static boolean isOid(String value) {
        return matches(OID, value);
    }

    private static boolean matches(String pattern, String value) {
        return value != null && Pattern.matches(pattern, value);
    }
}
