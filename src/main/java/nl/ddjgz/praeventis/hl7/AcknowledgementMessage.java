package nl.ddjgz.praeventis.hl7;

import java.time.Instant;
import java.util.List;

/**
 * An accept acknowledgement (MCCI_IN000002), as written by {@link Acknowledgement} and read by {@link
 * AcknowledgementReader}.
 *
 * @param messageId the acknowledgement's own id
 * @param creationTime when it was made
 * @param sender application id of the system that acknowledges
 * @param receiver application id of the system whose message is acknowledged
 * @param typeCode CA, CE or CR
 * @param targetMessageId the id of the acknowledged message; null when the acknowledgement could not name it
 *     (nullFlavor, e.g. a reject of a message that could not be read)
 * @param details why a message was not accepted (required with CE and CR); warnings may come with CA
 */
@org.springframework.modulith.NamedInterface("hl7")
public record AcknowledgementMessage(
        II messageId,
        Instant creationTime,
        II sender,
        II receiver,
        TypeCode typeCode,
        II targetMessageId,
        List<Detail> details) {

    public AcknowledgementMessage {
        details = List.copyOf(details);
    }

    public boolean accepted() {
        return typeCode == TypeCode.CA;
    }

    /** The commit codes of an accept acknowledgement (the application codes AA/AE/AR are refused here). */
    public enum TypeCode {
        /** Commit accept: the message was received and taken on; final. */
        CA,
        /** Commit error: received but not taken on, e.g. the child is unknown to the register; a person looks. */
        CE,
        /** Commit reject: refused, e.g. the message does not validate; a person looks. */
        CR
    }

    /**
     * One acknowledgement detail.
     *
     * @param typeCode E (error), W (warning) or I (information); null when not given
     * @param code the detail's code
     * @param codeSystem the code's system; may be null
     * @param text the text the receiver gives, to be shown to a person
     */
    public record Detail(String typeCode, String code, String codeSystem, String text) {

        /** HL7's AcknowledgementDetailCode (e.g. SYN: syntax error), the code system the official rules name. */
        public static final String ACKNOWLEDGEMENT_DETAIL_CODE = "2.16.840.1.113883.5.1100";

        /** A syntax error (code SYN of AcknowledgementDetailCode) with the reason as text. */
        public static Detail syntaxError(String text) {
            return error("SYN", ACKNOWLEDGEMENT_DETAIL_CODE, text);
        }

        /** An error detail (typeCode E). */
        public static Detail error(String code, String codeSystem, String text) {
            return new Detail("E", code, codeSystem, text);
        }
    }
}
