package nl.ddjgz.database;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Conditional;

/**
 * Matches when no external database is configured ({@code spring.datasource.url} is empty): the module then starts
 * its own PostgreSQL, and demo data may be loaded.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Conditional(EmbeddedDatabaseCondition.class)
public @interface ConditionalOnEmbeddedDatabase {}
