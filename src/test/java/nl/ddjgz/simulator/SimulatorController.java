package nl.ddjgz.simulator;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import nl.ddjgz.praeventis.hl7.Acknowledgement;
import nl.ddjgz.praeventis.hl7.AcknowledgementMessage;
import nl.ddjgz.praeventis.hl7.Hl7Schemas;
import nl.ddjgz.praeventis.hl7.II;
import nl.ddjgz.praeventis.hl7.Soap;
import nl.ddjgz.praeventis.hl7.ValidationError;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The simulated register's SOAP endpoint: registrations (REPC_IN002140NL/002145NL) are checked against the schema
 * and answered with MCCI_IN000002 (CA, CE for chosen children, CR when invalid); faults are injected as configured.
 */
@RestController
@ConditionalOnBooleanProperty("ddjgz.simulator.enabled")
class SimulatorController {

    static final String PATH = "/simulator/praeventis";
    private static final II REGISTER = II.application("PRAEVENTIS");
    /** Whom to answer when the message does not say who sent it. */
    private static final II UNKNOWN_SENDER = II.application("onbekend");

    private final SimulatedRegister register;
    private final Faults faults;
    private final Clock clock;
    private final StatusAnswers statusAnswers;

    SimulatorController(
            SimulatedRegister register, Faults faults, Clock clock, nl.ddjgz.schedule.VaccinationSchedule schedule) {
        this.register = register;
        this.faults = faults;
        this.clock = clock;
        this.statusAnswers = new StatusAnswers(register, faults, schedule, clock);
    }

    @PostMapping(
            path = PATH,
            consumes = {MediaType.TEXT_XML_VALUE, MediaType.APPLICATION_XML_VALUE})
    void receive(@RequestBody byte[] envelope, HttpServletResponse response) throws IOException {
        SimulatedAnswers.pause(faults.delay());
        if (faults.refuseNow(clock.instant())) {
            register.countRequest();
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return;
        }
        byte[] message;
        Document document;
        try {
            // one parse of the envelope: its body as a document of its own, and as bytes for the schema check
            document = Soap.bodyElement(envelope).getOwnerDocument();
            message = nl.ddjgz.shared.xml.SecureXml.serialize(document);
        } catch (RuntimeException e) {
            register.countRequest();
            answer(
                    response,
                    reject(
                            new II("2.16.840.1.113883.2.4.6.6", "onbekend"),
                            UNKNOWN_SENDER,
                            List.of("not a SOAP message")));
            return;
        }
        Element root = document.getDocumentElement();
        String interaction = root.getLocalName();
        II id = idOf(root);
        II sender = senderOf(root);
        if ("REPC_IN002170NL".equals(interaction)) {
            register.countRequest();
            byte[] statusAnswer = statusAnswers.answer(message);
            register.answered(message, statusAnswer);
            answer(response, statusAnswer);
            return;
        }
        List<ValidationError> errors = Hl7Schemas.get().validate(message, interaction);
        if (!errors.isEmpty() || id == null) {
            register.countRequest();
            answer(
                    response,
                    reject(
                            id,
                            sender,
                            errors.stream()
                                    .map(ValidationError::toString)
                                    .limit(10)
                                    .toList()));
            return;
        }
        String bsn = attentionLineBsn(root);
        if (faults.refuses(bsn)) {
            register.countRequest();
            answer(
                    response,
                    Acknowledgement.error(
                            REGISTER.root(),
                            UUID.randomUUID().toString(),
                            clock.instant(),
                            id,
                            REGISTER,
                            sender,
                            List.of(AcknowledgementMessage.Detail.error(
                                    "PAT-ONBEKEND",
                                    SimulatedAnswers.CODE_SYSTEM,
                                    "Kind onbekend in Praeventis: controleer BSN en geboortedatum"))));
            return;
        }
        register.register(new SimulatedRegister.Received(
                id.root() + "^" + id.extension(), interaction, bsn, clock.instant(), message));
        byte[] ack = Acknowledgement.accept(
                REGISTER.root(), UUID.randomUUID().toString(), clock.instant(), id, REGISTER, sender);
        if (faults.loseThisAnswer()) {
            SimulatedAnswers.dropSoapConnection(response);
            return;
        }
        answer(response, ack);
    }

    private byte[] reject(II id, II sender, List<String> reasons) {
        II target = id == null ? new II("2.16.840.1.113883.2.4.6.6", "onbekend") : id;
        List<AcknowledgementMessage.Detail> details = (reasons.isEmpty() ? List.of("invalid") : reasons)
                .stream().map(AcknowledgementMessage.Detail::syntaxError).toList();
        return Acknowledgement.reject(
                REGISTER.root(), UUID.randomUUID().toString(), clock.instant(), target, REGISTER, sender, details);
    }

    private static void answer(HttpServletResponse response, byte[] message) throws IOException {
        // the answers are written by our marshaller: wrapped without parsing them again
        SimulatedAnswers.xml(response, 200, Soap.envelopeWritten(message));
    }

    static II idOf(Element root) {
        for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && "id".equals(e.getLocalName())) {
                return e.getAttribute("extension").isBlank()
                        ? null
                        : new II(e.getAttribute("root"), e.getAttribute("extension"));
            }
        }
        return null;
    }

    /** The application id of the message's sender device, to address the answer to. */
    static II senderOf(Element root) {
        NodeList senders = root.getElementsByTagNameNS("urn:hl7-org:v3", "sender");
        if (senders.getLength() > 0) {
            NodeList ids = ((Element) senders.item(0)).getElementsByTagNameNS("urn:hl7-org:v3", "id");
            for (int i = 0; i < ids.getLength(); i++) {
                Element id = (Element) ids.item(i);
                if ("2.16.840.1.113883.2.4.6.6".equals(id.getAttribute("root"))
                        && !id.getAttribute("extension").isBlank()) {
                    return II.application(id.getAttribute("extension"));
                }
            }
        }
        return UNKNOWN_SENDER;
    }

    /** The BSN in the attention line (PATID), or null (anonymised message). */
    static String attentionLineBsn(Element root) {
        NodeList lines = root.getElementsByTagNameNS("urn:hl7-org:v3", "attentionLine");
        for (int i = 0; i < lines.getLength(); i++) {
            NodeList values = ((Element) lines.item(i)).getElementsByTagNameNS("urn:hl7-org:v3", "value");
            if (values.getLength() > 0) {
                String bsn = ((Element) values.item(0)).getAttribute("extension");
                return bsn.isBlank() ? null : bsn;
            }
        }
        return null;
    }
}
