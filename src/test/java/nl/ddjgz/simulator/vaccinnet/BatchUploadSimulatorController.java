package nl.ddjgz.simulator.vaccinnet;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.ddjgz.shared.xml.Soap11;
import nl.ddjgz.shared.xml.XmlErrors;
import nl.ddjgz.shared.xml.XmlRefusedException;
import nl.ddjgz.simulator.Faults;
import nl.ddjgz.simulator.SimulatedAnswers;
import nl.ddjgz.vaccinnet.ws.Fault;
import nl.ddjgz.vaccinnet.ws.ResultReply;
import nl.ddjgz.vaccinnet.ws.UploadReply;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The simulated BatchUpload SOAP endpoint (uploadRequest and resultRequest on one address, told apart by the body's
 * element; read and written by the registry's own {@link BatchUploadMessages}), processing runs on demand, fault injection and a summary of what it holds. Parameters are posted as a
 * form (an INSZ is never put in a URL), e.g. {@code curl -d failNext=2
 * http://localhost:8080/simulator/vaccinnet/batchupload/faults}.
 */
@RestController
@ConditionalOnBooleanProperty("ddjgz.simulator.enabled")
class BatchUploadSimulatorController {

    static final String PATH = "/simulator/vaccinnet/batchupload";

    private final BatchUploadSimulator simulator;
    private final Faults faults;
    private final Clock clock;

    BatchUploadSimulatorController(
            BatchUploadSimulator simulator,
            @Qualifier(BatchUploadSimulatorConfiguration.FAULTS) Faults faults,
            Clock clock) {
        this.simulator = simulator;
        this.faults = faults;
        this.clock = clock;
    }

    @PostMapping(
            path = PATH,
            consumes = {MediaType.TEXT_XML_VALUE, MediaType.APPLICATION_XML_VALUE})
    void receive(@RequestBody byte[] envelope, HttpServletResponse response) throws IOException {
        SimulatedAnswers.pause(faults.delay());
        if (faults.refuseNow(clock.instant())) {
            simulator.countRequest();
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return;
        }
        String element;
        try {
            element = Soap11.bodyElement(envelope, XmlErrors.maskDigitRuns(9, Integer.MAX_VALUE))
                    .getLocalName();
        } catch (XmlRefusedException e) {
            simulator.countRequest();
            SimulatedAnswers.xml(response, 200, BatchUploadMessages.writeUploadReply(UploadReply.refused(invalid())));
            return;
        }
        if ("resultRequest".equals(element)) {
            ResultReply reply;
            try {
                reply = simulator.result(BatchUploadMessages.readResultRequest(envelope));
            } catch (XmlRefusedException e) {
                simulator.countRequest();
                reply = ResultReply.refused(invalid());
            }
            SimulatedAnswers.xml(response, 200, BatchUploadMessages.writeResultReply(reply));
            return;
        }
        UploadReply reply;
        try {
            reply = simulator.upload(BatchUploadMessages.readUpload(envelope));
        } catch (XmlRefusedException | IllegalArgumentException e) {
            simulator.countRequest();
            reply = UploadReply.refused(invalid());
        }
        if (reply.isAccepted() && faults.loseThisAnswer()) {
            SimulatedAnswers.dropSoapConnection(response);
            return;
        }
        SimulatedAnswers.xml(response, 200, BatchUploadMessages.writeUploadReply(reply));
    }

    private static Fault invalid() {
        return new Fault(BatchUploadSimulator.INVALID_MESSAGE, "Het bericht voldoet niet aan het schema.");
    }

    /** A processing run now (as the registry does at 9h, 12h and 20h). */
    @PostMapping(PATH + "/process")
    Map<String, Object> process() {
        return Map.of("processed", simulator.process());
    }

    @PostMapping(PATH + "/faults")
    Map<String, Object> faults(
            @RequestParam(defaultValue = "false") boolean clear,
            @RequestParam(required = false) Integer failNext,
            @RequestParam(required = false) Integer loseAnswers,
            @RequestParam(required = false) Long slowMs,
            @RequestParam(required = false) Long downSeconds,
            @RequestParam(required = false) String unknownInsz,
            @RequestParam(required = false) String requireLotForCnk) {
        if (clear) {
            faults.clear();
        }
        if (failNext != null) {
            faults.failNext(failNext);
        }
        if (loseAnswers != null) {
            faults.loseAcknowledgements(loseAnswers);
        }
        if (slowMs != null) {
            faults.slow(Duration.ofMillis(slowMs));
        }
        if (downSeconds != null) {
            faults.downFor(clock.instant(), Duration.ofSeconds(Math.max(0, downSeconds)));
        }
        if (unknownInsz != null && !unknownInsz.isBlank()) {
            faults.errorFor(unknownInsz.strip());
        }
        if (requireLotForCnk != null && !requireLotForCnk.isBlank()) {
            simulator.requireLotFor(requireLotForCnk.strip());
        }
        return received();
    }

    @GetMapping(PATH + "/received")
    Map<String, Object> received() {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("uploads", simulator.uploads().size());
        summary.put("unprocessed", simulator.unprocessed());
        summary.put("registrations", simulator.registrations().size());
        summary.put("duplicatesAnswered", simulator.duplicates());
        summary.put("requests", simulator.requests());
        return summary;
    }
}
