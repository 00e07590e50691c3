package nl.ddjgz.simulator.vaccinnet;

import java.time.Clock;
import java.time.Duration;
import nl.ddjgz.simulator.Faults;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The Vaccinnet BatchUpload simulator (embedded database only, like the other simulators): its registry, its own
 * faults ({@value #FAULTS}) and its processing runs on a schedule (Belgian time; {@code "-"} switches them off, runs
 * are then only on demand: {@code POST /simulator/vaccinnet/batchupload/process}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("ddjgz.simulator.enabled")
class BatchUploadSimulatorConfiguration {

    /** The qualifier of this simulator's faults. */
    static final String FAULTS = "batchUploadSimulatorFaults";

    @Bean(FAULTS)
    @Qualifier(FAULTS)
    Faults batchUploadSimulatorFaults(
            @Value("${ddjgz.simulator.vaccinnet.batch-upload.faults.fail-next:0}") int failNext,
            @Value("${ddjgz.simulator.vaccinnet.batch-upload.faults.slow:0ms}") Duration slow,
            org.springframework.core.env.Environment environment) {
        Faults faults = Faults.bounded(environment);
        faults.failNext(failNext);
        faults.slow(slow);
        return faults;
    }

    @Bean
    BatchUploadSimulator batchUploadSimulator(@Qualifier(FAULTS) Faults faults, Clock clock) {
        return new BatchUploadSimulator(faults, clock);
    }

    @Bean
    BatchUploadSimulatorRuns batchUploadSimulatorRuns(BatchUploadSimulator simulator) {
        return new BatchUploadSimulatorRuns(simulator);
    }

    /** The registry's processing runs on their schedule. */
    static final class BatchUploadSimulatorRuns {

        private final BatchUploadSimulator simulator;

        BatchUploadSimulatorRuns(BatchUploadSimulator simulator) {
            this.simulator = simulator;
        }

        @Scheduled(
                cron = "${ddjgz.simulator.vaccinnet.batch-upload.process-cron:0 0 9,12,20 * * *}",
                zone = "Europe/Brussels")
        void run() {
            simulator.process();
        }
    }
}
