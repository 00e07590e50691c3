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
 * Wires the transport to Vaccinnet's BatchUpload service ({@link RegisterEndpoints}: a URL, or a path of this same
 * application in the development run). Without an endpoint the application still starts (the organisation may report
 * elsewhere), but every upload is STUCK with a text naming the setting.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(VaccinnetBatchProperties.class)
class VaccinnetBatchConfiguration {

    private static final Logger log = LoggerFactory.getLogger(VaccinnetBatchConfiguration.class);

    @Bean
    BatchUploadClient batchUploadClient(VaccinnetBatchProperties properties, Environment environment) {
        Supplier<URI> endpoint = RegisterEndpoints.resolve(properties.endpoint(), environment);
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
