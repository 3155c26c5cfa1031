package io.avatarforge.gateway.web;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.sql.SQLNonTransientConnectionException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.http.HttpHeaders;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * The one judge of "the database is unreachable", and the one answer to it: {@code 503 service_unavailable} with
 * {@code Retry-After}, logged as a single WARN line (an outage fails every request; a stack trace each would bury the
 * log). The failure can surface anywhere: in a controller (rendered by the advices), in the security chain's API-key
 * lookup, inside Bucket4j's rate limiter (which wraps the driver's {@link SQLException} in its own exception), so the
 * cause chain is searched rather than one exception type matched.
 */
public final class DatabaseOutages {

    /** Long enough for a restart or a failover to finish, short enough that a client retries soon after. */
    public static final int RETRY_AFTER_SECONDS = 5;

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseOutages.class);

    private DatabaseOutages() {
    }

    /** Whether {@code failure} means the database could not be reached or did not answer in time. */
    public static boolean causedBy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof DataAccessResourceFailureException || t instanceof CannotCreateTransactionException
                    || t instanceof QueryTimeoutException || t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException || t instanceof SQLRecoverableException
                    || t instanceof SQLTimeoutException
                    || t instanceof SQLException sql && unreachableState(sql.getSQLState())) {
                return true;
            }
            // A statement that failed on a dead connection is followed by a rollback that fails too ("Connection is
            // closed", no SQLSTATE), and the rollback's exception is the one thrown: the outage is its application
            // exception. Seen on the first request after an outage that met a pooled connection the outage broke.
            if (t instanceof TransactionSystemException rollback && rollback.getApplicationException() != null
                    && rollback.getApplicationException() != failure
                    && causedBy(rollback.getApplicationException())) {
                return true;
            }
            if (t.getCause() == t) {
                return false;
            }
        }
        return false;
    }

    /** A lost connection ({@link #connectionLostState}), or 57014 (canceled: the statement timeout). */
    private static boolean unreachableState(@Nullable String state) {
        return connectionLostState(state) || "57014".equals(state);
    }

    /**
     * SQLSTATE class 08 (connection exception) and 57P01-57P03 (the server is shutting down, crashed, or not accepting
     * connections yet): the database could not be reached, as opposed to being slow.
     */
    static boolean connectionLostState(@Nullable String state) {
        return state != null && (state.startsWith("08") || state.startsWith("57P"));
    }

    /** Logs the outage in one line and returns the refusal to send for it. */
    public static ApiProblemException refusal(Throwable failure, String where) {
        LOG.warn("Database unavailable while handling {}: {}", where, rootMessage(failure));
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, Integer.toString(RETRY_AFTER_SECONDS));
        return new ApiProblemException(ProblemCode.SERVICE_UNAVAILABLE,
                "The service cannot reach its database right now. Retry in " + RETRY_AFTER_SECONDS
                        + " s", headers);
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
