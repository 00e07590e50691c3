package nl.ddjgz;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline;
import org.springframework.context.ApplicationListener;
import org.springframework.core.metrics.StartupStep;

/**
 * A diagnosis of the start-up, for an operator or a developer who wants to know where a start's time goes: with
 * {@code DDJGZ_STARTUP_STEPS=n} (environment, or the system property {@code ddjgz.startup.steps}) Spring records the
 * steps of the start ({@link BufferingApplicationStartup}: bean creations, configuration classes, the refresh) and,
 * once the module is ready, one log line lists the {@code n} steps that took longest by their own time (a bean's time
 * without the beans it created for its dependencies). Off by default: recording costs a little at every step.
 */
final class StartupSteps implements ApplicationListener<ApplicationReadyEvent> {

    private static final Logger log = LoggerFactory.getLogger(StartupSteps.class);

    /** Steps kept; a start of this module records about 2,000. */
    private static final int CAPACITY = 20_000;

    private final BufferingApplicationStartup startup;
    private final int top;

    private StartupSteps(BufferingApplicationStartup startup, int top) {
        this.startup = startup;
        this.top = top;
    }

    /** Records the start's steps when the setting asks for it (read before the context exists). */
    static void recordIfAsked(SpringApplication application) {
        String setting = System.getProperty("ddjgz.startup.steps", System.getenv("DDJGZ_STARTUP_STEPS"));
        int top;
        try {
            top = setting == null || setting.isBlank() ? 0 : Integer.parseInt(setting.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("DDJGZ_STARTUP_STEPS must be a number of steps to list, e.g. 30");
        }
        if (top <= 0) {
            return;
        }
        BufferingApplicationStartup startup = new BufferingApplicationStartup(CAPACITY);
        application.setApplicationStartup(startup);
        application.addListeners(new StartupSteps(startup, top));
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        log.info(
                "Slowest start-up steps (own time / with what they created): {}",
                slowest(startup.getBufferedTimeline(), top));
    }

    /** The {@code top} steps by their own time (their duration without that of the steps inside them), slowest first. */
    static String slowest(StartupTimeline timeline, int top) {
        Map<Long, Step> steps = new HashMap<>();
        List<StartupTimeline.TimelineEvent> events = timeline.getEvents();
        for (StartupTimeline.TimelineEvent event : events) {
            StartupStep step = event.getStartupStep();
            steps.put(step.getId(), new Step(describe(step), event.getDuration()));
        }
        for (StartupTimeline.TimelineEvent event : events) {
            Long parent = event.getStartupStep().getParentId();
            if (parent != null && steps.containsKey(parent)) {
                steps.get(parent).inside.add(event.getDuration());
            }
        }
        List<Step> sorted = new ArrayList<>(steps.values());
        sorted.sort(Comparator.comparing(Step::own).reversed());
        return sorted.stream()
                .limit(top)
                .map(s -> s.name + " " + s.own().toMillis() + "/" + s.total.toMillis() + " ms")
                .collect(Collectors.joining("; "));
    }

    private static String describe(StartupStep step) {
        String tags = StreamSupport.stream(step.getTags().spliterator(), false)
                .filter(t -> t.getKey().equals("beanName") || t.getKey().equals("postProcessor"))
                .map(StartupStep.Tag::getValue)
                .collect(Collectors.joining(","));
        return tags.isEmpty() ? step.getName() : step.getName() + "[" + tags + "]";
    }

    private static final class Step {
        final String name;
        final Duration total;
        final List<Duration> inside = new ArrayList<>();

        Step(String name, Duration total) {
            this.name = name;
            this.total = total;
        }

        Duration own() {
            Duration own = total;
            for (Duration d : inside) {
                own = own.minus(d);
            }
            return own.isNegative() ? Duration.ZERO : own;
        }
    }
}
