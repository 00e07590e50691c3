package nl.ddjgz;

import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;
import org.springframework.data.jpa.repository.query.DeclaredQuery;
import org.springframework.data.jpa.repository.query.QueryEnhancerFactories;
import org.springframework.data.jpa.repository.query.QueryEnhancerFactory;
import org.springframework.data.jpa.repository.query.QueryEnhancerSelector;

/**
 * The JPA repositories, with the plain query enhancer for their declared queries: Spring Data's default parses every
 * {@code @Query} with its own HQL grammar (ANTLR) at start-up, only to rewrite sorting and count queries, which no
 * declared query here uses (paged lists go through specifications). Hibernate still parses and checks every
 * declared query at start-up. Public because the context prepared at build time (Spring AOT) names the selector
 * from the repositories' packages.
 */
@Configuration(proxyBeanMethods = false)
@EnableJpaRepositories(
        basePackageClasses = DdJgzApplication.class,
        queryEnhancerSelector = RepositoryConfiguration.PlainQueries.class)
public class RepositoryConfiguration {

    /** The regular-expression enhancer for JPQL and native queries alike. */
    public static class PlainQueries implements QueryEnhancerSelector {

        @Override
        public QueryEnhancerFactory select(DeclaredQuery query) {
            return QueryEnhancerFactories.fallback();
        }
    }
}
