package nl.ddjgz.simulator.praeventis;

import static nl.ddjgz.simulator.praeventis.RegisterReading.APPLICATION_OID;
import static nl.ddjgz.simulator.praeventis.RegisterReading.attribute;
import static nl.ddjgz.simulator.praeventis.RegisterReading.child;
import static nl.ddjgz.simulator.praeventis.RegisterReading.path;
import static nl.ddjgz.simulator.praeventis.RegisterReading.text;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;
import org.w3c.dom.Element;

/**
 * The AORTA transmission wrapper of a received HL7v3 message as the register reads it (praeventis-messages.md §2): the
 * interaction, the message id (an answer names it), when it was made, the sending and receiving applications, the
 * attention line's BSN and the control act's sending system.
 *
 * @param interaction the root element's name, e.g. REPC_IN002140NL
 * @param messageId root and extension; null when the message has none
 * @param senderApplication the sender's application id (extension under 2.16.840.1.113883.2.4.6.6), or null
 * @param attentionLineBsn the BSN of the attention line (PATID), or null without one
 * @param author the control act's device and organisation, or null
 */
public record Transmission(
        String interaction,
        Id messageId,
        Instant creationTime,
        String senderApplication,
        String receiverApplication,
        String attentionLineBsn,
        Author author) {

    /**
     * The sending system of the control act ({@code authorOrPerformer/participant/AssignedDevice}).
     *
     * @param certificateNumber the UZI server certificate number (root 2.16.528.1.1007.3.2)
     * @param ura the organisation's URA (root 2.16.528.1.1007.3.3)
     */
    public record Author(String certificateNumber, String ura, String organisationName, String city) {}

    /** Never prints the BSN. */
    @Override
    public String toString() {
        return "Transmission[" + interaction + ", " + messageId + ", sender=" + senderApplication + "]";
    }

    /** Whether the attention line must be there, or must not. */
    enum AttentionLine {
        REQUIRED,
        FORBIDDEN
    }

    /** What can be read of the wrapper without judging it (to address a refusal). */
    public static Transmission lenient(Element root) {
        return read(root, Set.of(), ZoneId.of("Europe/Amsterdam"), null, new Checks());
    }

    /**
     * Reads the wrapper, refusing into {@code checks} what the register would refuse.
     *
     * @param interactions the interactions this endpoint takes (empty: any)
     * @param attentionLine null when not judged
     */
    static Transmission read(
            Element root, Set<String> interactions, ZoneId zone, AttentionLine attentionLine, Checks checks) {
        String interaction = root.getLocalName();
        if (!RegisterReading.HL7.equals(root.getNamespaceURI())
                || !interactions.isEmpty() && !interactions.contains(interaction)) {
            checks.refuse(
                    Refusal.INTERACTION,
                    "Het bericht " + interaction + " wordt hier niet aangenomen (verwacht: "
                            + String.join(" of ", interactions.stream().sorted().toList()) + ")");
        }
        Element interactionId = child(root, "interactionId");
        if (checks.require(interactionId, "interactionId")
                && (!RegisterReading.INTERACTION_OID.equals(attribute(interactionId, "root"))
                        || !interaction.equals(attribute(interactionId, "extension")))) {
            checks.refuse(
                    Refusal.INTERACTION,
                    "interactionId moet root " + RegisterReading.INTERACTION_OID + " en extension " + interaction
                            + " hebben");
        }
        Id id = Id.of(child(root, "id"));
        if (checks.require(id, "Bericht-id (id/@extension)") && id.root() == null) {
            checks.refuse(Refusal.REQUIRED, "Bericht-id zonder root");
        }
        String created = attribute(child(root, "creationTime"), "value");
        Instant creationTime = RegisterReading.instant(created, zone);
        if (checks.require(created, "creationTime") && creationTime == null) {
            checks.refuse(Refusal.DATE, "creationTime is geen geldig tijdstip");
        }
        String sender = application(path(root, "sender", "device"), "zender", checks);
        String receiver = application(path(root, "receiver", "device"), "ontvanger", checks);
        String bsn = attentionLine(root, attentionLine, checks);
        return new Transmission(
                interaction, id, creationTime, sender, receiver, bsn, author(child(root, "ControlActProcess"), checks));
    }

    private static String application(Element device, String who, Checks checks) {
        if (!checks.require(device, "device van de " + who)) {
            return null;
        }
        Element id = child(device, "id");
        if (!checks.require(id, "id van de " + who)) {
            return null;
        }
        if (!APPLICATION_OID.equals(attribute(id, "root")) || attribute(id, "extension") == null) {
            checks.refuse(
                    Refusal.APPLICATION_ID,
                    "de " + who + " moet een applicatie-id zijn (root " + APPLICATION_OID + ")");
            return null;
        }
        return attribute(id, "extension");
    }

    private static String attentionLine(Element root, AttentionLine rule, Checks checks) {
        Element line = child(root, "attentionLine");
        if (rule == AttentionLine.FORBIDDEN && line != null) {
            checks.refuse(Refusal.FORBIDDEN, "een geanonimiseerd bericht heeft geen attentionLine");
            return null;
        }
        if (line == null) {
            if (rule == AttentionLine.REQUIRED) {
                checks.require(null, "attentionLine met het BSN");
            }
            return null;
        }
        Element keyword = child(line, "keyWordText");
        if (rule != null
                && (!"PATID".equals(attribute(keyword, "code"))
                        || !RegisterReading.ATTENTION_KEYWORD_OID.equals(attribute(keyword, "codeSystem")))) {
            checks.refuse(
                    Refusal.REQUIRED,
                    "attentionLine/keyWordText moet code PATID in " + RegisterReading.ATTENTION_KEYWORD_OID + " zijn");
        }
        Element value = child(line, "value");
        if (!checks.require(value, "attentionLine/value")) {
            return null;
        }
        String bsn = attribute(value, "extension");
        if (rule != null
                && (!RegisterReading.hasType(value, "II")
                        || !RegisterReading.BSN_OID.equals(attribute(value, "root")))) {
            checks.refuse(
                    Refusal.BSN_ROOT,
                    "de attentionLine moet een II met root " + RegisterReading.BSN_OID + " (BSN) zijn");
        } else if (rule != null && !RegisterReading.elfproef(bsn)) {
            checks.refuse(Refusal.BSN_ELFPROEF, "het BSN in de attentionLine voldoet niet aan de elfproef");
        }
        return bsn;
    }

    private static Author author(Element act, Checks checks) {
        if (!checks.require(act, "ControlActProcess")) {
            return null;
        }
        for (Element authorOrPerformer : RegisterReading.children(act, "authorOrPerformer")) {
            Element device = path(authorOrPerformer, "participant", "AssignedDevice");
            Element organisation = child(device, "Organization");
            if (organisation == null) {
                continue;
            }
            String certificate = RegisterReading.idWithRoot(device, RegisterReading.UZI_SERVER_OID);
            String name = text(child(organisation, "name"));
            String city = text(path(organisation, "addr", "city"));
            checks.require(certificate, "UZI-servercertificaat van het zendende systeem");
            checks.require(name, "naam van de zendende organisatie");
            checks.require(city, "plaats van de zendende organisatie");
            return new Author(
                    certificate, RegisterReading.idWithRoot(organisation, RegisterReading.URA_OID), name, city);
        }
        checks.refuse(Refusal.REQUIRED, "authorOrPerformer met het zendende systeem ontbreekt");
        return null;
    }
}
