package nl.ddjgz.registry;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import nl.ddjgz.organisation.OrganisationSettings;
import nl.ddjgz.organisation.RegisterSwitch;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.junit.jupiter.SpringExtension;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The shared set-up of the delivery tests and volume benchmarks: dispatcher nodes built from the test context's beans
 * (stopped after each test, or earlier by {@link #stopNodes()}), and registrations queued in the outbox in one
 * transaction. Register it as a field: {@code @RegisterExtension final Deliveries deliveries = new Deliveries();}.
 */
public final class Deliveries implements BeforeEachCallback, AfterEachCallback {

    private final List<Dispatcher> nodes = new ArrayList<>();
    private final String registry;
    private ApplicationContext context;
    private RegisterSwitch register;

    /** Delivery to the register the organisation reports to. */
    public Deliveries() {
        this(null);
    }

    private Deliveries(String registry) {
        this.registry = registry;
    }

    /**
     * The organisation reports to this register (PRAEVENTIS, VACCINNET_BATCH, VACCINNET_DIRECT, VACCICARD) during each
     * test, and to the one it had afterwards.
     */
    public static Deliveries reportingTo(String registry) {
        return new Deliveries(registry);
    }

    @Override
    public void beforeEach(ExtensionContext extension) {
        context = SpringExtension.getApplicationContext(extension);
        if (registry != null) {
            register = RegisterSwitch.remember(context.getBean(OrganisationSettings.class))
                    .to(registry);
        }
    }

    @Override
    public void afterEach(ExtensionContext extension) {
        stopNodes();
        if (register != null) {
            register.restore();
            register = null;
        }
    }

    /** Stops every node this test made (a test's own clean-up calls it first, before it resets the simulators). */
    public void stopNodes() {
        nodes.forEach(Dispatcher::stop);
        nodes.clear();
    }

    /** A node (not started), stopped after the test. */
    public Dispatcher node(String name, int batchSize, int parallelism, int maxAttempts) {
        Dispatcher node = TestNodes.node(context, name, batchSize, parallelism, maxAttempts);
        nodes.add(node);
        return node;
    }

    /** A started node (20 per claim), stopped after the test. */
    public Dispatcher start(String name, int parallelism, int maxAttempts) {
        Dispatcher node = node(name, 20, parallelism, maxAttempts);
        node.start();
        return node;
    }

    /** Queues one registration as a doctor's approval ("arts"), released at once. */
    public RegistryMessage queue(OutgoingRegistration registration) {
        return transaction().execute(s -> outbox().queue(registration, "arts", Outbox.Release.AT_ONCE));
    }

    /** Queues the registrations in one transaction as a doctor's approval ("arts"), released at once. */
    public List<RegistryMessage> queue(List<OutgoingRegistration> registrations) {
        return transaction()
                .execute(s -> registrations.stream()
                        .map(r -> outbox().queue(r, "arts", Outbox.Release.AT_ONCE))
                        .toList());
    }

    /** Queues a day's volume as the benchmarks do: {@code slice} registrations per transaction, released at once. */
    public void queueInSlices(List<OutgoingRegistration> registrations, int slice) {
        TransactionTemplate tx = transaction();
        for (int i = 0; i < registrations.size(); i += slice) {
            List<OutgoingRegistration> part = registrations.subList(i, Math.min(registrations.size(), i + slice));
            tx.executeWithoutResult(s -> outbox().queueAll(part, "bench", Outbox.Release.AT_ONCE));
        }
    }

    /** {@code n} registrations from {@code registration}, as a benchmark's day of volume. */
    public static List<OutgoingRegistration> registrations(int n, Supplier<OutgoingRegistration> registration) {
        List<OutgoingRegistration> registrations = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            registrations.add(registration.get());
        }
        return registrations;
    }

    /** The peak use of the heap pools since they were last reset, in bytes. */
    public static long heapPeak() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed())
                .sum();
    }

    /** The state of one message as stored. */
    public String state(UUID message) {
        return jdbc().sql("select state from registry_message where id = :id")
                .param("id", message)
                .query(String.class)
                .single();
    }

    /** How many messages are in {@code state}, to every register. */
    public long count(String state) {
        return jdbc().sql("select count(*) from registry_message where state = :s")
                .param("s", state)
                .query(Long.class)
                .single();
    }

    /** How many messages to {@code registry} are in {@code state}. */
    public long count(String state, String registry) {
        return jdbc().sql("select count(*) from registry_message where state = :s and registry = :r")
                .param("s", state)
                .param("r", registry)
                .query(Long.class)
                .single();
    }

    private Outbox outbox() {
        return context.getBean(Outbox.class);
    }

    private JdbcClient jdbc() {
        return context.getBean(JdbcClient.class);
    }

    private TransactionTemplate transaction() {
        return new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
    }
}
