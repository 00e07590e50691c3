package nl.ddjgz;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The DD JGZ vaccination module: registers childhood vaccinations and delivers them to the register. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class DdJgzApplication {

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(DdJgzApplication.class);
        StartupSteps.recordIfAsked(application);
        application.run(args);
    }
}
