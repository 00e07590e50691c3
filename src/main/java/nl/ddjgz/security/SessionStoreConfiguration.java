package nl.ddjgz.security;

import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How the sessions are kept in PostgreSQL (Spring Session JDBC). Spring Session rewrites the session's row after every
 * request only because its last access time moved: a write and a durable commit per request, the busiest being a
 * scanning desk's scans. Here the row is written when something in it changed other than the last access time (a
 * login, a new session id, another timeout), or when the last access time moved by at least {@code
 * ddjgz.security.session-touch-interval} (1 minute by default). An idle session therefore ends between the timeout
 * minus that interval and the timeout after its last request; attributes are written as before, when they are set.
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfiguration {

    /**
     * The update of Spring Session JDBC (same parameters in the same order: session id, last access time, timeout,
     * expiry time, principal name, primary id) that changes nothing when only the last access time moved by less than
     * the interval. Without a row to change PostgreSQL writes nothing and the commit waits for no flush.
     */
    static String updateSessionQuery(Duration touchInterval) {
        return """
                UPDATE %TABLE_NAME% s
                SET SESSION_ID = v.session_id, LAST_ACCESS_TIME = v.last_access_time,
                    MAX_INACTIVE_INTERVAL = v.max_inactive_interval, EXPIRY_TIME = v.expiry_time,
                    PRINCIPAL_NAME = v.principal_name
                FROM (SELECT CAST(? AS CHAR(36)) AS session_id, CAST(? AS BIGINT) AS last_access_time,
                             CAST(? AS INTEGER) AS max_inactive_interval, CAST(? AS BIGINT) AS expiry_time,
                             CAST(? AS VARCHAR(100)) AS principal_name, CAST(? AS CHAR(36)) AS primary_id) v
                WHERE s.PRIMARY_ID = v.primary_id
                  AND (s.SESSION_ID <> v.session_id
                       OR s.MAX_INACTIVE_INTERVAL <> v.max_inactive_interval
                       OR s.PRINCIPAL_NAME IS DISTINCT FROM v.principal_name
                       OR v.last_access_time - s.LAST_ACCESS_TIME >= INTERVAL_MILLIS)
                """.replace("INTERVAL_MILLIS", Long.toString(touchInterval.toMillis()));
    }

    /**
     * The transactions Spring Session JDBC reads and writes a session in (every request does both): plain JDBC
     * transactions on the application's data source, as before each in a transaction of its own (a new one, never the
     * caller's), but without the JPA transaction manager, which opened and closed a Hibernate session for each of them
     * though Spring Session uses no entity. Spring Session takes a bean of this name in place of its own.
     */
    @Bean
    TransactionOperations springSessionTransactionOperations(DataSource dataSource) {
        TransactionTemplate transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        return transactions;
    }

    /** After Spring Boot's own customizer (highest precedence), which sets the table name and resets the queries. */
    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionTouchInterval(
            @Value("${ddjgz.security.session-touch-interval:1m}") Duration touchInterval) {
        return repository -> repository.setUpdateSessionQuery(updateSessionQuery(touchInterval));
    }
}
