package nl.ddjgz.simulator.praeventis;

/**
 * Why the simulated register refuses a message, with its own code (it never repeats a BSN in the text).
 *
 * @param code one of the constants here, e.g. {@link #BSN_ELFPROEF}
 * @param text the register's words, in Dutch as the register answers
 */
public record Refusal(String code, String text) {

    /** Not well-formed XML, or no SOAP envelope with a body. */
    public static final String NOT_XML = "GEEN-XML";

    /** Not the interaction this endpoint takes, or an interactionId that does not name the root element. */
    public static final String INTERACTION = "INTERACTIE";

    /** A required element or attribute is missing. */
    public static final String REQUIRED = "VERPLICHT";

    /** An element that is not allowed here (an attention line or objection in an anonymised message). */
    public static final String FORBIDDEN = "NIET-TOEGESTAAN";

    /** A BSN under another root than the BSN OID, or an attention line that is not a BSN. */
    public static final String BSN_ROOT = "BSN-OID";

    /** A BSN that fails the elfproef. */
    public static final String BSN_ELFPROEF = "BSN-ELFPROEF";

    /** The payload names another child than the attention line. */
    public static final String BSN_MISMATCH = "BSN-ONGELIJK";

    /** A sender or receiver that is not an application id (root 2.16.840.1.113883.2.4.6.6). */
    public static final String APPLICATION_ID = "APPLICATIE-ID";

    /** A vaccine type outside W0422 and not OTH with its name. */
    public static final String VACCINE_TYPE = "VACCINSOORT";

    /** A vaccination without partijnummer, or an objection with one. */
    public static final String BATCH_NUMBER = "PARTIJNUMMER";

    /** An objection that is incomplete or has a reason outside W0323. */
    public static final String OBJECTION = "BEZWAAR";

    /** A date or time that names no real day or moment. */
    public static final String DATE = "DATUM";

    /** A postcode not written "1234 AB". */
    public static final String POSTCODE = "POSTCODE";

    /** A DKTP schedule outside W0681. */
    public static final String DKTP_SCHEDULE = "DKTP-SCHEMA";

    static Refusal of(String code, String text) {
        return new Refusal(code, text);
    }

    /** As the acknowledgement detail's text: code and words. */
    @Override
    public String toString() {
        return code + ": " + text;
    }
}
