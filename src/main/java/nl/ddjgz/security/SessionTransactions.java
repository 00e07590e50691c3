package nl.ddjgz.security;

import java.util.function.Consumer;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionOperations;

/**
 * The transactions of Spring Session JDBC (4.1): what it runs through {@link #executeWithoutResult} — saving a session,
 * its row and its attributes in several statements, and deleting one — in a transaction of its own; what it runs
 * through {@link #execute} — reading a session by its id, reading a user's sessions, deleting the expired sessions —
 * without one. Each of those is one statement ({@code SessionTransactionsTests} checks this against Spring Session's
 * repository), which PostgreSQL runs atomically on its own; the transaction around it only cost a {@code BEGIN} and
 * a {@code COMMIT} on every request, the read of the session being the first thing every request does.
 */
final class SessionTransactions implements TransactionOperations {

    private final TransactionOperations writes;

    SessionTransactions(TransactionOperations writes) {
        this.writes = writes;
    }

    @Override
    public <T> T execute(TransactionCallback<T> singleStatement) {
        return TransactionOperations.withoutTransaction().execute(singleStatement);
    }

    @Override
    public void executeWithoutResult(Consumer<TransactionStatus> statements) {
        writes.executeWithoutResult(statements);
    }
}
