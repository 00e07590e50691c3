package nl.ddjgz.simulator;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import nl.ddjgz.praeventis.hl7.Acknowledgement;
import nl.ddjgz.praeventis.hl7.AcknowledgementMessage;
import nl.ddjgz.praeventis.hl7.II;
import nl.ddjgz.praeventis.hl7.Soap;
import nl.ddjgz.simulator.praeventis.Id;
import nl.ddjgz.simulator.praeventis.ReceivedEnvelope;
import nl.ddjgz.simulator.praeventis.ReceivedStatusQuery;
import nl.ddjgz.simulator.praeventis.ReceivedVaccinationMessage;
import nl.ddjgz.simulator.praeventis.Refusal;
import nl.ddjgz.simulator.praeventis.RefusedMessage;
import nl.ddjgz.simulator.praeventis.RegisterAcknowledgement;
import nl.ddjgz.simulator.praeventis.Transmission;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.CharacterEncodingFilter;
import org.w3c.dom.Element;

/**
 * The simulated register's SOAP endpoint. It reads what arrives with its own reading ({@link ReceivedEnvelope},
 * {@link ReceivedVaccinationMessage}, {@link ReceivedStatusQuery}: the official element names, not the sender's
 * classes): registrations (REPC_IN002140NL/002145NL) are answered with MCCI_IN000002 (CA; CE for a child set to be
 * unknown; CR with the register's reasons when it refuses the message), status queries with REPC_IN002171NL; faults
 * are injected as configured. The CA to a registration is written by the register's own writer ({@link
 * RegisterAcknowledgement}), the rarer answers with the module's writers; all are checked against the official rules
 * in {@code SimulatorConformanceIntegrationTests}.
 */
@Component
@ConditionalOnBooleanProperty("ddjgz.simulator.enabled")
class SimulatorController {

    static final String PATH = "/simulator/praeventis";
    private static final II REGISTER = II.application("PRAEVENTIS");
    /** Whom to answer when the message does not say who sent it. */
    private static final String UNKNOWN = "onbekend";

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

    /**
     * The endpoint as a servlet of its own at {@value #PATH}: the register's server takes a SOAP POST and answers it,
     * without the module's MVC machinery (handler mapping, the pages' model attributes, message converters), which
     * the real register, on its own machines, does not run either.
     */
    @Bean
    static ServletRegistrationBean<HttpServlet> praeventisSimulatorServlet(
            ObjectProvider<SimulatorController> endpoint) {
        HttpServlet servlet = new HttpServlet() {
            @Override
            protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
                if (!isXml(request.getContentType())) {
                    response.sendError(HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE);
                    return;
                }
                byte[] envelope;
                long length = request.getContentLengthLong();
                try (InputStream in = request.getInputStream()) {
                    if (length >= 0 && length <= Integer.MAX_VALUE - 8) {
                        // the announced length (within the inbound limit, which holds before this servlet): read
                        // into one array of that size instead of chunks copied together
                        envelope = new byte[(int) length];
                        int read = in.readNBytes(envelope, 0, envelope.length);
                        if (read < envelope.length) {
                            envelope = Arrays.copyOf(envelope, read);
                        }
                    } else {
                        envelope = in.readAllBytes();
                    }
                }
                endpoint.getObject().receive(envelope, response);
            }
        };
        ServletRegistrationBean<HttpServlet> registration = new ServletRegistrationBean<>(servlet, PATH);
        registration.setName("praeventisSimulator");
        return registration;
    }

    /** Its requests straight to that servlet, past the module's servlet filters ({@link DirectToRegister}). */
    @Bean
    static FilterRegistrationBean<DirectToRegister> praeventisSimulatorDirect(
            @Qualifier("praeventisSimulatorServlet") ServletRegistrationBean<HttpServlet> servlet,
            ObjectProvider<CharacterEncodingFilter> encoding,
            @Qualifier(DirectToRegister.BODY_LIMIT) ObjectProvider<FilterRegistrationBean<?>> bodyLimit) {
        return DirectToRegister.of(servlet, encoding.getIfAvailable(), bodyLimit.getIfAvailable());
    }

    /**
     * The register's endpoint stands outside the module's security filters and request observation, like the other
     * simulated registers' endpoints: the register it stands in for runs none of our filters.
     */
    @Bean
    static LeanEndpoints praeventisSimulatorEndpoints() {
        return new LeanEndpoints(PATH);
    }

    /** What the endpoint consumes: text/xml or application/xml, with any parameters. */
    static boolean isXml(String contentType) {
        if (contentType == null) {
            return false;
        }
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return type.isCompatibleWith(MediaType.TEXT_XML) || type.isCompatibleWith(MediaType.APPLICATION_XML);
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }

    void receive(byte[] envelope, HttpServletResponse response) throws IOException {
        SimulatedAnswers.pause(faults.delay());
        if (faults.refuseNow(clock.instant())) {
            register.countRequest();
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return;
        }
        Element root;
        try {
            root = ReceivedEnvelope.message(envelope);
        } catch (RefusedMessage e) {
            register.countRequest();
            answer(response, reject(null, e));
            return;
        }
        byte[] message = ReceivedEnvelope.bytes(root);
        if (ReceivedStatusQuery.INTERACTION.equals(root.getLocalName())) {
            register.countRequest();
            byte[] statusAnswer;
            try {
                statusAnswer = statusAnswers.answer(ReceivedStatusQuery.read(root, clock.getZone()));
            } catch (RefusedMessage e) {
                statusAnswer = reject(Transmission.lenient(root), e);
            }
            register.answered(message, statusAnswer);
            answer(response, statusAnswer);
            return;
        }
        ReceivedVaccinationMessage received;
        try {
            received = ReceivedVaccinationMessage.read(root, clock.getZone());
        } catch (RefusedMessage e) {
            register.countRequest();
            answer(response, reject(Transmission.lenient(root), e));
            return;
        }
        Transmission head = received.transmission();
        II id = new II(head.messageId().root(), head.messageId().extension());
        II sender = II.application(head.senderApplication());
        if (faults.refuses(received.bsn())) {
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
                id.root() + "^" + id.extension(), head.interaction(), received.bsn(), clock.instant(), message));
        byte[] ack = RegisterAcknowledgement.accept(
                new Id(REGISTER.root(), UUID.randomUUID().toString()),
                clock.instant(),
                new Id(id.root(), id.extension()),
                new Id(REGISTER.root(), REGISTER.extension()),
                new Id(sender.root(), sender.extension()));
        if (faults.loseThisAnswer()) {
            SimulatedAnswers.dropSoapConnection(response);
            return;
        }
        answer(response, ack);
    }

    /** CR: the register refuses the message, with its reasons (at most ten), to whom it can tell sent it. */
    private byte[] reject(Transmission head, RefusedMessage refused) {
        II target = head == null || head.messageId() == null || head.messageId().root() == null
                ? new II("2.16.840.1.113883.2.4.6.6", UNKNOWN)
                : new II(head.messageId().root(), head.messageId().extension());
        II sender = II.application(Objects.requireNonNullElse(head == null ? null : head.senderApplication(), UNKNOWN));
        List<AcknowledgementMessage.Detail> details = refused.refusals().stream()
                .limit(10)
                .map(Refusal::toString)
                .map(AcknowledgementMessage.Detail::syntaxError)
                .toList();
        return Acknowledgement.reject(
                REGISTER.root(), UUID.randomUUID().toString(), clock.instant(), target, REGISTER, sender, details);
    }

    private static void answer(HttpServletResponse response, byte[] message) throws IOException {
        // the answers are written by our marshaller: wrapped without parsing them again
        SimulatedAnswers.xml(response, 200, Soap.envelopeWritten(message));
    }
}
