package nl.ddjgz;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The DD JGZ vaccination module: registers childhood vaccinations and delivers them to the register. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class DdJgzApplication {

    public static void main(String[] args) {
        SpringApplication.run(DdJgzApplication.class, args);
    }
}
