package dev.kinetic.platform.events;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Objects;
import java.util.Set;

import dev.kinetic.platform.problem.Causes;

/**
 * Whose fault a consumer's failure is. A record's own content (poison, data the database refuses) fails the same way
 * every time; a failure of what the work depends on (the database unreachable, restarting, out of connections, a
 * deadlock or serialization conflict) passes, and the same record then succeeds.
 */
public enum FailureCause {

    /** The record can never be processed: it goes to the dead-letter topic. */
    RECORD,
    /** The record was not at fault: it is to be tried again. */
    DEPENDENCY;

    /**
     * SQLSTATE classes and codes of failures that pass (PostgreSQL's appendix A): connection exceptions, insufficient
     * resources, operator intervention (a restart or shutdown), system errors, a transaction rolled back for a
     * serialization failure or deadlock, and a lock not available.
     */
    private static final Set<String> PASSING_CLASSES = Set.of("08", "53", "57", "58");
    private static final Set<String> PASSING_CODES = Set.of("40001", "40P01", "55P03");

    /** The cause of {@code failure}, from the first exception along its causes that tells. */
    public static FailureCause of(Throwable failure) {
        // Anything else (a bug, a constraint the record breaks) would fail again: dead-lettered, as it always was.
        return Causes.of(failure).map(FailureCause::told).filter(Objects::nonNull).findFirst().orElse(RECORD);
    }

    /** What one exception along the causes tells, or null when it tells nothing. */
    private static FailureCause told(Throwable t) {
        if (t instanceof PoisonMessageException) {
            return RECORD;
        }
        if (t instanceof SQLTransientException || t instanceof SQLRecoverableException
                || t instanceof ConnectException || t instanceof SocketTimeoutException) {
            return DEPENDENCY;
        }
        if (t instanceof SQLException sql) {
            return ofState(sql.getSQLState());
        }
        return null;
    }

    /** A state-less SQLException comes from the client side (the pool's acquisition timeout, a closed connection). */
    private static FailureCause ofState(String state) {
        if (state == null || state.length() < 2) {
            return DEPENDENCY;
        }
        return PASSING_CLASSES.contains(state.substring(0, 2)) || PASSING_CODES.contains(state) ? DEPENDENCY : RECORD;
    }
}
