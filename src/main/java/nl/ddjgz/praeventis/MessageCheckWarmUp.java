package nl.ddjgz.praeventis;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import nl.ddjgz.praeventis.hl7.II;
import nl.ddjgz.praeventis.hl7.Oids;
import nl.ddjgz.praeventis.hl7.SendingSystem;
import nl.ddjgz.praeventis.hl7.VaccinationMessage;
import nl.ddjgz.praeventis.hl7.VaccinationMessageWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.context.support.ServletRequestHandledEvent;

/**
 * Warms the writing and schema check of Praeventis messages once the module is ready: in one background thread it
 * writes and checks {@code ddjgz.praeventis.warm-up-messages} synthetic messages with the real {@link
 * VaccinationMessageWriter} (the JAXB context, the compiled schema and the JIT-compiled code of the check are then
 * ready), so that the first approval of a mass session after a restart is not the one that pays for them: cold, the
 * check costs about four times its compiled cost per message. The messages are made of fixed sample data, kept in
 * memory and thrown away: nothing is stored, queued, sent, audited or logged about them. 0 switches it off.
 *
 * <p>It yields to the first user: the thread waits until the first web request has been served ({@link
 * ServletRequestHandledEvent}), or {@code ddjgz.praeventis.warm-up-delay} after ready when none comes, so that its
 * ~1.5 s of CPU (and the JIT compiling the check) do not compete with the first page after a restart on a CPU-bound
 * machine. An approval comes minutes after a start, not seconds: it still finds the check warm.
 *
 * <p>It yields to real Praeventis work too ({@link #messageChecked}, {@link #messagesSent}, told by the adapter): while
 * real messages are being composed and checked (approvals) or sent (the dispatcher), it writes no sample message,
 * and it goes on only once there has been none for {@value #QUIET_MILLIS} ms. Real messages warm the same code as
 * the samples: once as many real messages as it would write have been checked, it ends without writing the rest. So
 * after a restart with approvals or a backlog waiting, the warm-up does not take the cores from the work it warms
 * up for.
 */
@Component
class MessageCheckWarmUp {

    private static final Logger log = LoggerFactory.getLogger(MessageCheckWarmUp.class);

    /** Our example OID arc (2.999): the sample messages name no real organisation. */
    private static final String SAMPLE_ROOT = "2.999.10";

    private static final LocalDate DAY = LocalDate.of(2026, 3, 12);

    /** How long no real message must have been composed or sent before a sample message is written. */
    static final long QUIET_MILLIS = 1_000;

    private final int messages;
    private final Duration delay;
    private final long quietNanos;
    private final CountDownLatch firstRequest = new CountDownLatch(1);
    private final AtomicInteger realChecked = new AtomicInteger();
    private volatile long lastRealWork;
    private volatile boolean realWorkSeen;
    private volatile Thread thread;
    private volatile boolean writing;
    private volatile boolean yielding;
    private volatile boolean over;
    private volatile int samplesWritten;

    @Autowired
    MessageCheckWarmUp(
            @Value("${ddjgz.praeventis.warm-up-messages:2000}") int messages,
            @Value("${ddjgz.praeventis.warm-up-delay:10s}") Duration delay) {
        this(messages, delay, Duration.ofMillis(QUIET_MILLIS));
    }

    /** With its own quiet time after real work (tests). */
    MessageCheckWarmUp(int messages, Duration delay, Duration quiet) {
        this.messages = messages;
        this.delay = delay;
        this.quietNanos = quiet.toNanos();
        this.over = messages <= 0;
    }

    /** A warm-up that never runs and ignores what it is told (an adapter made without one). */
    static MessageCheckWarmUp off() {
        return new MessageCheckWarmUp(0, Duration.ZERO, Duration.ZERO);
    }

    /** Once the module is ready: the thread starts and waits for the first request served (or the delay). */
    @EventListener(ApplicationReadyEvent.class)
    void start() {
        if (messages <= 0 || thread != null || over) {
            return;
        }
        Thread warmUp = new Thread(this::run, "praeventis-warm-up");
        warmUp.setDaemon(true);
        warmUp.setPriority(Thread.MIN_PRIORITY);
        thread = warmUp;
        warmUp.start();
    }

    /** A web request has been served (Spring MVC publishes this after every request): the warm-up may begin. */
    @EventListener(ServletRequestHandledEvent.class)
    void requestHandled() {
        firstRequest.countDown();
    }

    /**
     * A real message has been composed and checked (an approval): the warm-up writes no sample while they come, and
     * ends once real and sample messages together make its count. Cheap, and nothing once it has ended.
     */
    void messageChecked() {
        if (over) {
            return;
        }
        realWork();
        if (realChecked.incrementAndGet() + samplesWritten >= messages) {
            over = true;
            Thread running = thread;
            if (running != null) {
                LockSupport.unpark(running);
            }
        }
    }

    /** Real messages have been sent to the register (the dispatcher): the warm-up writes no sample while they go. */
    void messagesSent() {
        if (!over) {
            realWork();
        }
    }

    private void realWork() {
        lastRealWork = System.nanoTime();
        realWorkSeen = true;
    }

    /** Whether the warm-up has ended (or never ran); for the benchmarks' reports. */
    boolean finished() {
        Thread running = thread;
        return running == null || !running.isAlive();
    }

    /** Whether the sample messages are being written or have been (false while it waits for the first request). */
    boolean begun() {
        return writing;
    }

    /** Whether it is waiting for real work to pause before its next sample message. */
    boolean yielding() {
        return yielding;
    }

    /** How many sample messages it has written. */
    int samplesWritten() {
        return samplesWritten;
    }

    /** Waits at most {@code timeout} for the warm-up to end; whether it has. */
    boolean awaitFinished(Duration timeout) throws InterruptedException {
        Thread running = thread;
        if (running != null) {
            running.join(timeout.toMillis());
        }
        return finished();
    }

    private void run() {
        boolean afterRequest;
        try {
            afterRequest = firstRequest.await(delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        writing = true;
        long begin = System.nanoTime();
        int written = 0;
        try {
            VaccinationMessageWriter writer = new VaccinationMessageWriter(SAMPLE_ROOT + ".1");
            for (int n = 0; n + realChecked.get() < messages && !over; n++) {
                if (!awaitQuiet()) {
                    break;
                }
                writer.write(sample(n));
                samplesWritten = ++written;
            }
            over = true;
            log.info(
                    "Praeventis message check warmed up ({}): {} sample messages in {} ms{}",
                    afterRequest ? "after the first request" : "no request within " + delay,
                    written,
                    (System.nanoTime() - begin) / 1_000_000,
                    written < messages ? ", the rest by " + realChecked.get() + " real messages" : "");
        } catch (RuntimeException e) {
            // only the speed of the first approval depends on this; a real message is still checked in full
            over = true;
            log.warn("Praeventis message check warm-up stopped: {}", e.toString());
        } finally {
            yielding = false;
        }
    }

    /**
     * Waits until no real message has been composed or sent for the quiet time (at once when there has been none).
     *
     * @return false when the warm-up is over meanwhile (real messages warmed the check) or interrupted
     */
    private boolean awaitQuiet() {
        while (!over && realWorkSeen) {
            long waited = System.nanoTime() - lastRealWork;
            if (waited >= quietNanos) {
                break;
            }
            yielding = true;
            LockSupport.parkNanos(this, quietNanos - waited);
            if (Thread.currentThread().isInterrupted()) {
                return false;
            }
        }
        yielding = false;
        return !over;
    }

    /** A sample message: every second one without consent (REPC_IN002145NL), two vaccinations, or one and an objection. */
    static VaccinationMessage sample(int n) {
        boolean anonymised = n % 2 == 1;
        List<VaccinationMessage.Item> items = n % 3 == 0
                ? List.of(
                        VaccinationMessage.Item.vaccination("28", "MenACWY", DAY, "NM241A"),
                        VaccinationMessage.Item.objection("02", "DTP", DAY, "2"))
                : List.of(
                        VaccinationMessage.Item.vaccination("28", "MenACWY", DAY, "NM241A"),
                        VaccinationMessage.Item.vaccination("02", "DTP", DAY, "RV241A"));
        if (anonymised) {
            items = items.stream().filter(i -> !i.isObjection()).toList();
        }
        return new VaccinationMessage(
                new II(SAMPLE_ROOT + ".3", "WARM-UP-" + n),
                Instant.parse("2026-03-12T09:41:07Z"),
                II.application("900001234"),
                II.application("1"),
                anonymised,
                new SendingSystem("900012345", "00012345", "Voorbeeld JGZ", "Zeist"),
                anonymised ? null : "D-" + (100000 + n),
                anonymised
                        ? null
                        : new VaccinationMessage.Patient(
                                // a sample number that passes the elfproef (rules.md §6), no one's
                                "111222333",
                                "Sanne",
                                null,
                                "Voorbeeld",
                                LocalDate.of(2012, 3, 12),
                                "F",
                                "Oudegracht",
                                112,
                                null,
                                "3511 AB",
                                "Utrecht",
                                null),
                new VaccinationMessage.Organisation(new II(Oids.URA, "00012345"), "Voorbeeld JGZ"),
                new VaccinationMessage.Encounter(
                        new II(SAMPLE_ROOT + ".2", "warm-up-" + n), "41", DAY, "Sporthal Voorbeeld"),
                items);
    }
}
