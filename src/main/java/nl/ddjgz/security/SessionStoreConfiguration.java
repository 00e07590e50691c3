package nl.ddjgz.security;

import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How the sessions are kept in PostgreSQL (Spring Session JDBC). Spring Session rewrites the session's row after every
 * request only because its last access time moved: a transaction with an update and a durable commit per request, the
 * busiest being a scanning desk's scans. Here the session takes a new last access time only when it moved by at least
 * {@code ddjgz.security.session-touch-interval} (1 minute by default, {@link TouchIntervalSessions}); a request that
 * changes nothing else writes nothing and opens no transaction for it. An idle session therefore ends between the
 * timeout minus that interval and the timeout after its last request; attributes, a new session id (a login) and
 * another timeout are written as before, when they change.
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfiguration {

    /**
     * The transactions Spring Session JDBC reads and writes a session in. Spring Session takes a bean of this name in
     * place of its own: {@link SessionTransactions}, writes in a plain JDBC transaction of their own on the
     * application's data source (not the JPA transaction manager, which opened a Hibernate session for each though
     * Spring Session uses no entity), reads as the one statement they are.
     */
    @Bean
    TransactionOperations springSessionTransactionOperations(DataSource dataSource) {
        TransactionTemplate writes = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        writes.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        return new SessionTransactions(writes);
    }

    /**
     * Spring Session's repository bean, Spring Boot's {@code JdbcIndexedSessionRepository} with its customizers
     * applied, handed out as {@link TouchIntervalSessions}: to the session filter as to {@link LiveSessions}.
     */
    @Bean
    static BeanPostProcessor sessionTouchInterval(
            @Value("${ddjgz.security.session-touch-interval:1m}") Duration touchInterval) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof JdbcIndexedSessionRepository sessions
                        ? new TouchIntervalSessions<>(sessions, touchInterval)
                        : bean;
            }
        };
    }
}
