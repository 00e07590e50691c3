package nl.ddjgz.vaccinnet;

import java.net.URI;
import java.util.function.Supplier;
import nl.ddjgz.registry.RegisterEndpoints;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Wires the transport to Vaccinnet's BatchUpload service. A blank endpoint means the built-in simulator of this
 * application (it exists only on the embedded database); with an external database and no endpoint the application
 * still starts (the organisation may report elsewhere), but every upload is STUCK with a text naming the setting.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(VaccinnetBatchProperties.class)
class VaccinnetBatchConfiguration {

    private static final Logger log = LoggerFactory.getLogger(VaccinnetBatchConfiguration.class);

    /** The path of the built-in simulator. */
    static final String SIMULATOR_PATH = "/simulator/vaccinnet/batchupload";

    @Bean
    BatchUploadClient batchUploadClient(VaccinnetBatchProperties properties, Environment environment) {
        Supplier<URI> endpoint = RegisterEndpoints.resolve(properties.endpoint(), SIMULATOR_PATH, environment);
        if (endpoint == null) {
            log.warn("DDJGZ_VACCINNET_BATCH_ENDPOINT is not set: uploads to Vaccinnet BatchUpload will be STUCK");
        }
        return new BatchUploadClient(endpoint, properties);
    }

    @Bean
    BatchPollTimes batchPollTimes(VaccinnetBatchProperties properties) {
        return BatchPollTimes.of(properties);
    }
}
