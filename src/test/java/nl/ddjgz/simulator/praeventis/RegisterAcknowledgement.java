package nl.ddjgz.simulator.praeventis;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * How the simulated register writes its accept acknowledgement CA (MCCI_IN000002, the official MCCI_MT000200 element
 * order; praeventis-messages.md §6) to every registration it takes on: on its own, as a register's server would, not
 * with the sender's JAXB classes and its schema check per answer. The answer carries only the values the register
 * fills in (its message id, the time, the message acknowledged, the applications); they are escaped as XML attribute
 * values. {@code SimulatorConformanceIntegrationTests} checks the answer against the official XSD and schematron.
 */
public final class RegisterAcknowledgement {

    /** The register's local time: the creation time carries no offset. */
    private static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("uuuuMMddHHmmss");

    private RegisterAcknowledgement() {}

    /**
     * CA: the message {@code target} is accepted.
     *
     * @param id the acknowledgement's own message id
     * @param register the register's application (the acknowledgement's sender)
     * @param sender the application whose message is acknowledged (the acknowledgement's receiver)
     * @return the message as UTF-8 with an XML declaration
     */
    public static byte[] accept(Id id, Instant at, Id target, Id register, Id sender) {
        StringBuilder xml = new StringBuilder(1200)
                .append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>")
                .append("<MCCI_IN000002 xmlns=\"")
                .append(RegisterReading.HL7)
                .append("\">");
        id(xml, "id", id);
        xml.append("<creationTime value=\"")
                .append(SECONDS.format(at.atZone(NETHERLANDS)))
                .append("\"/>")
                .append("<versionCode code=\"NICTIZEd2005-Okt\"/>")
                .append("<interactionId root=\"")
                .append(RegisterReading.INTERACTION_OID)
                .append("\" extension=\"MCCI_IN000002\"/>")
                .append("<profileId root=\"2.16.840.1.113883.2.4.3.11.1\" extension=\"810\"/>")
                .append("<processingCode code=\"P\"/>")
                .append("<processingModeCode code=\"T\"/>")
                .append("<acceptAckCode code=\"NE\"/>")
                .append("<acknowledgement typeCode=\"CA\"><targetMessage>");
        id(xml, "id", target);
        xml.append("</targetMessage></acknowledgement>");
        device(xml, "receiver", "RCV", sender);
        device(xml, "sender", "SND", register);
        xml.append("</MCCI_IN000002>");
        return xml.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void device(StringBuilder xml, String element, String typeCode, Id application) {
        xml.append('<')
                .append(element)
                .append(" typeCode=\"")
                .append(typeCode)
                .append("\"><device classCode=\"DEV\" determinerCode=\"INSTANCE\">");
        id(xml, "id", application);
        xml.append("</device></").append(element).append('>');
    }

    private static void id(StringBuilder xml, String element, Id id) {
        xml.append('<').append(element);
        if (id.root() != null) {
            xml.append(" root=\"");
            escape(xml, id.root());
            xml.append('"');
        }
        xml.append(" extension=\"");
        escape(xml, id.extension());
        xml.append("\"/>");
    }

    private static void escape(StringBuilder xml, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> xml.append("&amp;");
                case '<' -> xml.append("&lt;");
                case '>' -> xml.append("&gt;");
                case '"' -> xml.append("&quot;");
                case '\'' -> xml.append("&apos;");
                case '\t' -> xml.append("&#9;");
                case '\n' -> xml.append("&#10;");
                case '\r' -> xml.append("&#13;");
                default -> xml.append(c);
            }
        }
    }
}
