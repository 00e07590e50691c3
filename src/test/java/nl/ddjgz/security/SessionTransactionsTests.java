package nl.ddjgz.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockingDetails;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.mockito.Answers;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionOperations;

/**
 * {@link SessionTransactions} runs what Spring Session JDBC sends through {@code execute} without a transaction: that
 * holds only while each of those calls is one statement, and while every write of several statements comes through
 * {@code executeWithoutResult}. Checked here against Spring Session's own repository, call by call, so that an upgrade
 * that changes this fails here.
 */
class SessionTransactionsTests {

    private final JdbcOperations jdbc = mock(
            JdbcOperations.class,
            invocation -> invocation.getMethod().getName().equals("query")
                    ? List.of()
                    : Answers.RETURNS_DEFAULTS.answer(invocation));
    private final List<String> calls = new ArrayList<>();
    private final JdbcIndexedSessionRepository sessions =
            new JdbcIndexedSessionRepository(jdbc, new Recording(new SessionTransactions(recordingWrites())));

    @Test
    void readsAndTheExpiredSessionsDeleteAreOneStatementEachAndEveryWriteRunsInATransaction() {
        storeReadAndEnd(sessions, sessions::cleanUpExpiredSessions);

        assertThat(calls)
                .containsExactly(
                        "in a transaction: 2 statements", // the new session's row and its attributes
                        "in a transaction: 4 statements", // the row, the new, changed and removed attributes
                        "alone: 1 statement", // the session by its id
                        "alone: 1 statement", // the user's sessions
                        "alone: 1 statement", // the expired sessions
                        "in a transaction: 1 statement"); // one session ended
    }

    /** A login's session through its life: stored, changed, read, a user's sessions listed, the expired ones deleted. */
    private static <S extends Session> void storeReadAndEnd(
            FindByIndexNameSessionRepository<S> repository, Runnable deleteExpired) {
        S session = repository.createSession();
        session.setAttribute(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME, "verpleegkundige");
        session.setAttribute("answer", "Groen: verwacht");
        repository.save(session);
        session.setAttribute("answer", "Oranje: uitzondering");
        session.removeAttribute(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME);
        session.setAttribute("desk", "Balie 1");
        session.setLastAccessedTime(Instant.now().plusSeconds(120));
        repository.save(session);
        repository.findById(session.getId());
        repository.findByPrincipalName("verpleegkundige");
        deleteExpired.run();
        repository.deleteById(session.getId());
    }

    private TransactionOperations recordingWrites() {
        return new TransactionOperations() {
            @Override
            public <T> T execute(TransactionCallback<T> action) {
                throw new AssertionError("writes are run through executeWithoutResult");
            }

            @Override
            public void executeWithoutResult(Consumer<TransactionStatus> action) {
                int before = statements();
                action.accept(null);
                calls.add("in a transaction: " + (statements() - before) + " statement"
                        + (statements() - before == 1 ? "" : "s"));
            }
        };
    }

    private int statements() {
        return mockingDetails(jdbc).getInvocations().size();
    }

    /** Records the statements of each call that {@link SessionTransactions} runs without a transaction. */
    private final class Recording implements TransactionOperations {

        private final TransactionOperations transactions;

        Recording(TransactionOperations transactions) {
            this.transactions = transactions;
        }

        @Override
        public <T> T execute(TransactionCallback<T> action) {
            int before = statements();
            T result = transactions.execute(action);
            calls.add("alone: " + (statements() - before) + " statement" + (statements() - before == 1 ? "" : "s"));
            return result;
        }

        @Override
        public void executeWithoutResult(Consumer<TransactionStatus> action) {
            transactions.executeWithoutResult(action);
        }
    }
}
