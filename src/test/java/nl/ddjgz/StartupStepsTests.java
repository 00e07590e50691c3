package nl.ddjgz;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.core.metrics.StartupStep;

/** The start-up diagnosis (DDJGZ_STARTUP_STEPS) names the recorded steps, each with its own and its whole time. */
class StartupStepsTests {

    @Test
    void listsTheRecordedStepsByBeanNameWithTheirOwnAndTheirWholeTime() {
        BufferingApplicationStartup startup = new BufferingApplicationStartup(100);
        StartupStep outer = startup.start("spring.beans.instantiate").tag("beanName", "outerBean");
        StartupStep inner = startup.start("spring.beans.instantiate").tag("beanName", "innerBean");
        inner.end();
        outer.end();

        String slowest = StartupSteps.slowest(startup.getBufferedTimeline(), 10);

        assertThat(slowest)
                .contains("spring.beans.instantiate[outerBean] ")
                .contains("spring.beans.instantiate[innerBean] ")
                .matches(".*\\[outerBean] \\d+/\\d+ ms.*");
        assertThat(StartupSteps.slowest(startup.getBufferedTimeline(), 1).split("; "))
                .hasSize(1);
    }
}
