package nl.ddjgz.vaccinnet;

import java.net.URI;
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
        if (!properties.endpoint().isBlank()) {
            URI endpoint = URI.create(properties.endpoint());
            return new BatchUploadClient(() -> endpoint, properties);
        }
        if (!environment.getProperty("spring.datasource.url", "").isBlank()) {
            log.warn("DDJGZ_VACCINNET_BATCH_ENDPOINT is not set: uploads to Vaccinnet BatchUpload will be STUCK");
            return new BatchUploadClient(null, properties);
        }
        return new BatchUploadClient(
                () -> URI.create(
                        "http://localhost:" + environment.getProperty("local.server.port", "8080") + SIMULATOR_PATH),
                properties);
    }

    @Bean
    BatchPollTimes batchPollTimes(VaccinnetBatchProperties properties) {
        return BatchPollTimes.of(properties);
    }
}
