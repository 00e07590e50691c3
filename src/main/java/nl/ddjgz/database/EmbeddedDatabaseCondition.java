package nl.ddjgz.database;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

class EmbeddedDatabaseCondition extends SpringBootCondition {

    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        String url = context.getEnvironment().getProperty("spring.datasource.url");
        return StringUtils.hasText(url)
                ? ConditionOutcome.noMatch("an external database is configured")
                : ConditionOutcome.match("no spring.datasource.url: using the embedded PostgreSQL");
    }
}
