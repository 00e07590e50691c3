package nl.ddjgz.simulator;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import nl.ddjgz.batch.BatchNumbers;
import nl.ddjgz.praeventis.hl7.BatchListMessage;
import nl.ddjgz.praeventis.hl7.BatchListWriter;
import nl.ddjgz.praeventis.hl7.II;
import nl.ddjgz.praeventis.hl7.SendingSystem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The simulated register pushes its batch list to the module every night, with Praeventis' retry pattern: when a
 * delivery fails it tries again three times ten minutes apart, and once more an hour later (rules.md §5). At start-up
 * of the default run it also pushes when today's list is missing (the module was not running at night).
 */
@Component
@ConditionalOnBooleanProperty("ddjgz.simulator.enabled")
public class BatchListPusher implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(BatchListPusher.class);
    private static final List<Duration> RETRIES =
            List.of(Duration.ofMinutes(10), Duration.ofMinutes(10), Duration.ofMinutes(10), Duration.ofMinutes(60));

    private final Environment environment;
    private final BatchNumbers batchNumbers;
    private final Clock clock;
    private final String username;
    private final String password;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "simulator-batch-list");
        t.setDaemon(true);
        return t;
    });

    private final nl.ddjgz.organisation.OrganisationSettings organisation;

    BatchListPusher(
            Environment environment,
            BatchNumbers batchNumbers,
            nl.ddjgz.organisation.OrganisationSettings organisation,
            Clock clock,
            @Value("${ddjgz.praeventis.inbound.username:praeventis}") String username,
            @Value("${ddjgz.praeventis.inbound.password:}") String password) {
        this.environment = environment;
        this.batchNumbers = batchNumbers;
        this.organisation = organisation;
        this.clock = clock;
        this.username = username;
        this.password = password.isBlank() ? "demo-praeventis" : password;
    }

    @Scheduled(cron = "${ddjgz.simulator.batch-list-cron:0 0 2 * * *}", zone = "Europe/Amsterdam")
    void nightly() {
        pushWithRetries(0);
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStartUp() {
        if (!batchNumbers.freshness().isCurrent()) {
            retries.execute(() -> pushWithRetries(0));
        }
    }

    private void pushWithRetries(int attempt) {
        if (pushNow()) {
            return;
        }
        if (attempt < RETRIES.size()) {
            retries.schedule(
                    () -> pushWithRetries(attempt + 1), RETRIES.get(attempt).toMillis(), TimeUnit.MILLISECONDS);
        } else {
            log.warn("Simulated register: the batch list could not be delivered today");
        }
    }

    /** One delivery of today's list; true when the module acknowledged it with CA. */
    public boolean pushNow() {
        try {
            HttpResponse<String> response =
                    ModulePost.send(http, environment, "/praeventis/batch-list", username, password, todaysList());
            boolean accepted = ModulePost.accepted(response);
            log.info("Simulated register pushed the batch list: {}", accepted ? "accepted" : "refused");
            return accepted;
        } catch (Exception e) {
            log.warn(
                    "Simulated register could not push the batch list: {}",
                    e.getClass().getSimpleName());
            return false;
        }
    }

    byte[] todaysList() {
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant();
        // the official rules take only vaccine types of the W0422 list: the RSV immunisation (no W0422 code) has no
        // place in the batch list, so its numbers are typed at the desk as "overig"
        List<BatchListMessage.Entry> entries = RegisterCatalogue.on(today).stream()
                .filter(b -> nl.ddjgz.praeventis.hl7.W0422.isCode(b.vaccineTypeCode()))
                .map(b -> new BatchListMessage.Entry(
                        b.batchNumber(), b.expiry(), b.vaccineTypeCode(), null, b.productName()))
                .toList();
        BatchListMessage message = new BatchListMessage(
                new II("2.16.840.1.113883.2.4.3.8.1000.9", "PRMM-" + UUID.randomUUID()),
                now,
                II.application("PRAEVENTIS"),
                // addressed to the module's application id, as the administrator entered it
                II.application(java.util.Objects.requireNonNullElse(
                        organisation.organisation().getApplicationId(), "0")),
                today.atStartOfDay(clock.getZone()).toInstant(),
                today.plusDays(1).atStartOfDay(clock.getZone()).toInstant(),
                entries);
        return new BatchListWriter(
                        new SendingSystem("900000001", "00000001", "RIVM Praeventis (simulator)", "Bilthoven"),
                        "2.16.840.1.113883.2.4.3.8.1000.8")
                .write(message);
    }

    @Override
    public void destroy() {
        retries.shutdownNow();
    }
}
