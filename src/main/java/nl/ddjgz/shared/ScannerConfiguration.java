package nl.ddjgz.shared;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The call-card scanner's prefix and suffix, from configuration (DDJGZ_MASSVACCINATION_SCANNER_PREFIX / _SUFFIX). */
@Configuration(proxyBeanMethods = false)
class ScannerConfiguration {

    @Bean
    ScannerAffixes scannerAffixes(
            @Value("${ddjgz.massvaccination.scanner.prefix:}") String prefix,
            @Value("${ddjgz.massvaccination.scanner.suffix:}") String suffix) {
        return new ScannerAffixes(prefix, suffix);
    }
}
