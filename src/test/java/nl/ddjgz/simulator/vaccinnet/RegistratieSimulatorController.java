package nl.ddjgz.simulator.vaccinnet;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.Locale;
import java.util.stream.Collectors;
import nl.ddjgz.shared.xml.SecureXml;
import nl.ddjgz.shared.xml.Soap11;
import nl.ddjgz.shared.xml.XmlError;
import nl.ddjgz.shared.xml.XmlErrors;
import nl.ddjgz.shared.xml.XmlRefusedException;
import nl.ddjgz.simulator.Faults;
import nl.ddjgz.simulator.SimulatedAnswers;
import nl.ddjgz.simulator.vaccinnet.RegistratieMessages.AddRequest;
import nl.ddjgz.vaccinnet.ws.AddVaccinationsReply;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The simulated RegistratieService's SOAP 1.1 endpoint: the operation is the body's element (and must match the
 * SOAPAction); requests are read and replies written by the registry's own {@link RegistratieMessages}; a request
 * that is not a valid envelope or fails the contract's schema gets a SOAP Client fault (HTTP 500), a
 * failing service a SOAP Server fault "service unavailable" (HTTP 500) or a bare HTTP 503, as chosen.
 *
 * <p>A plain servlet on {@value #PATH} ({@link RegistratieSimulatorConfiguration} registers it), not a Spring MVC
 * controller: the registry is another system, so its requests need none of the module's own web stack (its security
 * chain, the pages' model attributes, message converters, request observations). Every check the registry makes is
 * here.
 */
@SuppressWarnings("serial")
class RegistratieSimulatorController extends HttpServlet {

    static final String PATH = "/simulator/vaccinnet/registratie";

    private final RegistratieSimulator registry;
    private final Faults faults;
    private final Clock clock;

    RegistratieSimulatorController(RegistratieSimulator registry, Faults faults, Clock clock) {
        this.registry = registry;
        this.faults = faults;
        this.clock = clock;
    }

    /** POST of a SOAP envelope (text/xml or application/xml) on {@value #PATH}; nothing else is served. */
    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!PATH.equals(
                request.getRequestURI().substring(request.getContextPath().length()))) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (!"POST".equals(request.getMethod())) {
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        if (!isXml(request.getContentType())) {
            response.sendError(HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE);
            return;
        }
        byte[] envelope;
        try (InputStream in = request.getInputStream()) {
            envelope = in.readAllBytes();
        }
        receive(envelope, request, response);
    }

    private static boolean isXml(String contentType) {
        String type =
                contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return type.equals("text/xml") || type.equals("application/xml");
    }

    private void receive(byte[] envelope, HttpServletRequest request, HttpServletResponse response) throws IOException {
        registry.countRequest();
        SimulatedAnswers.pause(faults.delay());
        if (faults.refuseNow(clock.instant())) {
            if (registry.failsWithSoapFault()) {
                fault(
                        response,
                        "soap:Server",
                        "Service unavailable: de RegistratieService is tijdelijk niet beschikbaar.");
            } else {
                response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            }
            return;
        }
        // parsed once: the operation's reading checks this element against the schema
        Element content;
        try {
            content = Soap11.bodyElement(envelope, XmlErrors.maskDigitRuns(9, Integer.MAX_VALUE));
        } catch (XmlRefusedException e) {
            fault(response, "soap:Client", "Geen SOAP 1.1-bericht: " + describe(e));
            return;
        }
        String operation = content.getLocalName();
        String action = request.getHeader("SOAPAction");
        String expected = RegistratieMessages.NAMESPACE + "/" + operation;
        if (action == null || !action.replace("\"", "").strip().equals(expected)) {
            fault(response, "soap:Client", "De SOAPAction past niet bij het bericht; verwacht \"" + expected + "\".");
            return;
        }
        byte[] answer;
        try {
            answer = switch (operation) {
                case "AddVaccinations" -> add(content);
                case "RemoveVaccination" ->
                    RegistratieMessages.writeRemoveReply(registry.remove(RegistratieMessages.readRemove(content)));
                case "GetVaccinations" -> get(content);
                default -> null;
            };
        } catch (XmlRefusedException e) {
            fault(response, "soap:Client", "Het bericht voldoet niet aan het schema: " + describe(e));
            return;
        } catch (IllegalArgumentException e) {
            // a value the schema lets through but the registry cannot take; the text names the field only
            fault(response, "soap:Client", "Het bericht is ongeldig: " + e.getMessage());
            return;
        }
        if (answer == null) {
            fault(response, "soap:Client", "Onbekende operatie " + operation + ".");
            return;
        }
        if ("AddVaccinations".equals(operation) && faults.loseThisAnswer()) {
            SimulatedAnswers.dropSoapConnection(response);
            return;
        }
        SimulatedAnswers.xml(response, 200, answer);
    }

    private byte[] add(Element content) {
        AddRequest request = RegistratieMessages.readAdd(content);
        AddVaccinationsReply reply = faults.refuses(request.patientId().value())
                ? AddVaccinationsReply.refused(RegistratieSimulator.PATIENT_UNKNOWN)
                : registry.add(request);
        return RegistratieMessages.writeAddReply(reply);
    }

    private byte[] get(Element content) {
        return RegistratieMessages.writeGetReply(registry.get(RegistratieMessages.readGet(content)));
    }

    private static String describe(XmlRefusedException e) {
        return e.errors().stream().limit(5).map(XmlError::toString).collect(Collectors.joining("; "));
    }

    /** A SOAP 1.1 Fault, HTTP 500 as SOAP 1.1 over HTTP prescribes. */
    static void fault(HttpServletResponse response, String code, String text) throws IOException {
        Document document = SecureXml.documentBuilder().newDocument();
        Element fault = document.createElementNS(Soap11.NAMESPACE, "soap:Fault");
        Element faultcode = document.createElementNS(null, "faultcode");
        faultcode.setTextContent(code);
        Element faultstring = document.createElementNS(null, "faultstring");
        faultstring.setTextContent(text);
        fault.appendChild(faultcode);
        fault.appendChild(faultstring);
        document.appendChild(fault);
        SimulatedAnswers.xml(response, 500, Soap11.envelope(fault));
    }
}
