package nl.ddjgz.simulator;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Fault injection and a look at what the simulated register received, for tests and demonstrations. Parameters are
 * posted as a form (a BSN is never put in a URL), e.g.
 * {@code curl -d failNext=3 -d slowMs=200 http://localhost:8080/simulator/praeventis/faults}.
 */
@RestController
@ConditionalOnBooleanProperty("ddjgz.simulator.enabled")
class SimulatorAdminController {

    private final Faults faults;
    private final SimulatedRegister register;
    private final BatchListPusher pusher;
    private final CallListPusher callListPusher;
    private final Clock clock;

    SimulatorAdminController(
            Faults faults,
            SimulatedRegister register,
            BatchListPusher pusher,
            CallListPusher callListPusher,
            Clock clock) {
        this.faults = faults;
        this.register = register;
        this.pusher = pusher;
        this.callListPusher = callListPusher;
        this.clock = clock;
    }

    @PostMapping(SimulatorController.PATH + "/faults")
    Map<String, Object> faults(
            @RequestParam(defaultValue = "false") boolean clear,
            @RequestParam(required = false) Integer failNext,
            @RequestParam(required = false) Integer loseAcknowledgements,
            @RequestParam(required = false) Long slowMs,
            @RequestParam(required = false) Long downSeconds,
            @RequestParam(required = false) String errorForBsn) {
        if (clear) {
            faults.clear();
        }
        if (failNext != null) {
            faults.failNext(failNext);
        }
        if (loseAcknowledgements != null) {
            faults.loseAcknowledgements(loseAcknowledgements);
        }
        if (slowMs != null) {
            faults.slow(Duration.ofMillis(slowMs));
        }
        if (downSeconds != null) {
            faults.downFor(clock.instant(), Duration.ofSeconds(Math.max(0, downSeconds)));
        }
        if (errorForBsn != null && !errorForBsn.isBlank()) {
            faults.errorFor(errorForBsn.strip());
        }
        return received();
    }

    @GetMapping(SimulatorController.PATH + "/received")
    Map<String, Object> received() {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("registrations", register.registrations().size());
        summary.put("duplicatesAnswered", register.duplicates());
        summary.put("requests", register.requests());
        return summary;
    }

    /**
     * Sends a vaccination call list for a campaign now: the children of a birth cohort (default: those who turn 10
     * this year) called for one vaccine type (default HPV, 09), plus a few children without a dossier here. From the
     * call lists page of the module ({@code back=true}) the answer is that page again; otherwise JSON.
     */
    @PostMapping(SimulatorController.PATH + "/push-call-list")
    Object pushCallList(
            @RequestParam(required = false) Integer birthYear,
            @RequestParam(defaultValue = "09") String vaccineType,
            @RequestParam(defaultValue = "3") int withoutDossier,
            @RequestParam(defaultValue = "false") boolean back) {
        int year =
                birthYear != null ? birthYear : java.time.LocalDate.now(clock).getYear() - 10;
        CallListPusher.Delivery delivery;
        try {
            delivery = callListPusher.push(new CallListPusher.Campaign(year, vaccineType, withoutDossier));
        } catch (IllegalArgumentException e) {
            return org.springframework.http.ResponseEntity.badRequest().body(Map.of("error", e.getMessage()));
        }
        if (back) {
            // a fixed page of the module, never a target taken from the request
            return new org.springframework.web.servlet.view.RedirectView("/massvaccination/call-lists", true);
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("accepted", delivery.accepted());
        answer.put("children", delivery.children());
        return answer;
    }

    /** Pushes today's batch list now (as the register does at night). */
    @PostMapping(SimulatorController.PATH + "/push-batch-list")
    Map<String, Object> pushBatchList() {
        return Map.of("accepted", pusher.pushNow());
    }
}
