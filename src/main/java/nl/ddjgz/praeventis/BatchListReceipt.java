package nl.ddjgz.praeventis;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import nl.ddjgz.audit.AuditAction;
import nl.ddjgz.audit.AuditTrail;
import nl.ddjgz.batch.BatchEntry;
import nl.ddjgz.batch.BatchListInfo;
import nl.ddjgz.batch.BatchNumbers;
import nl.ddjgz.batch.BatchSource;
import nl.ddjgz.batch.ReceivedBatchList;
import nl.ddjgz.organisation.OrganisationSettings;
import nl.ddjgz.praeventis.hl7.Acknowledgement;
import nl.ddjgz.praeventis.hl7.AcknowledgementMessage;
import nl.ddjgz.praeventis.hl7.BatchListMessage;
import nl.ddjgz.praeventis.hl7.BatchListReader;
import nl.ddjgz.praeventis.hl7.II;
import nl.ddjgz.praeventis.hl7.InvalidMessageException;
import nl.ddjgz.praeventis.hl7.ValidationError;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Receives the register's batch list (PRMM_IN010043NL), pushed nightly or uploaded by an administrator: checks it
 * against our schema, replaces the current list in one transaction (keeping the earlier ones) and writes the
 * acknowledgement (MCCI_IN000002: CA, or CR with the reasons). A refused list changes nothing.
 */
@Service
public class BatchListReceipt {

    /** The application id root of sender and receiver devices. */
    private static final String UNKNOWN = "onbekend";

    private final BatchNumbers batchNumbers;
    private final AuditTrail audit;
    private final Clock clock;
    private final BatchListReader reader;
    private final OrganisationSettings organisation;
    private final II registerApplication;

    BatchListReceipt(
            BatchNumbers batchNumbers,
            AuditTrail audit,
            Clock clock,
            OrganisationSettings organisation,
            @Value("${ddjgz.praeventis.register-application-id:PRAEVENTIS}") String registerApplicationId) {
        this.batchNumbers = batchNumbers;
        this.audit = audit;
        this.clock = clock;
        this.reader = new BatchListReader(clock.getZone());
        this.organisation = organisation;
        this.registerApplication = II.application(registerApplicationId);
    }

    /**
     * Takes a received list.
     *
     * @param xml the HL7 message (without SOAP envelope)
     * @param receivedBy the administrator who uploaded it, or null when the register pushed it
     */
    public Receipt receive(byte[] xml, BatchSource source, String receivedBy) {
        Instant now = clock.instant();
        String ackId = UUID.randomUUID().toString();
        // our application id as the administrator entered it (the same as in every message we send)
        String ourId = organisation.organisation().getApplicationId();
        II ourApplication = II.application(ourId == null ? UNKNOWN : ourId);
        BatchListMessage message;
        try {
            message = reader.read(xml);
        } catch (InvalidMessageException e) {
            audit.recordRefused(
                    AuditAction.BATCH_LIST_REFUSED,
                    null,
                    source + ": " + e.errors().size() + " errors");
            List<AcknowledgementMessage.Detail> details = e.errors().stream()
                    .limit(20)
                    .map(error -> AcknowledgementMessage.Detail.syntaxError(truncate(error.toString(), 500)))
                    .toList();
            byte[] ack = Acknowledgement.reject(
                    ourApplication.root(), ackId, now, targetOf(xml), ourApplication, registerApplication, details);
            return new Receipt(false, ack, null, e.errors());
        }
        BatchListInfo list = batchNumbers.replaceList(toReceived(message), source, receivedBy);
        audit.record(AuditAction.BATCH_LIST_RECEIVED, null, source + ": " + list.entryCount() + " batch numbers");
        byte[] ack = Acknowledgement.accept(
                ourApplication.root(),
                ackId,
                now,
                message.messageId(),
                message.receiver() == null ? ourApplication : message.receiver(),
                message.sender() == null ? registerApplication : message.sender());
        return new Receipt(true, ack, list, List.of());
    }

    private ReceivedBatchList toReceived(BatchListMessage message) {
        ZoneId zone = clock.getZone();
        return new ReceivedBatchList(
                message.messageId().toString(),
                message.listValidFrom() == null ? null : LocalDateTime.ofInstant(message.listValidFrom(), zone),
                message.listValidTo() == null ? null : LocalDateTime.ofInstant(message.listValidTo(), zone),
                message.entries().stream()
                        .map(e -> new BatchEntry(
                                e.vaccineTypeCode(), e.batchNumber(), e.expiry(), e.productCode(), e.productName()))
                        .toList());
    }

    /** The id of a message that failed the schema, if it can be read at all (the acknowledgement must name it). */
    static II targetOf(byte[] xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setExpandEntityReferences(false);
            Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
            NodeList children = document.getDocumentElement().getChildNodes();
            for (int i = 0; i < children.getLength(); i++) {
                if (children.item(i) instanceof Element element && "id".equals(element.getLocalName())) {
                    String root = element.getAttribute("root");
                    String extension = element.getAttribute("extension");
                    if (!root.isBlank() && !extension.isBlank()) {
                        return new II(root, extension);
                    }
                }
            }
        } catch (Exception e) {
            // not XML at all: the acknowledgement names an unknown message
        }
        return new II("2.16.840.1.113883.2.4.6.6", UNKNOWN);
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    /**
     * The outcome of a receipt.
     *
     * @param acknowledgement the MCCI_IN000002 to answer with
     * @param list the stored list when accepted
     * @param errors why it was refused
     */
    public record Receipt(boolean accepted, byte[] acknowledgement, BatchListInfo list, List<ValidationError> errors) {}
}
