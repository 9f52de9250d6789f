package io.followthrough.platform.database;

import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.TimeoutException;

/**
 * Tells a failure to reach the database (stopped, restarting, unreachable, or no connection free within the pool's
 * acquisition timeout) from every other failure, so that the first answers 503 "try again shortly" and the second
 * stays a 500 with a correlation id. Only these count: SQLState class 08 (connection exception), 57P01 to 57P03 (the
 * server is shutting down, crashed, or cannot accept connections yet) and Agroal's acquisition timeout.
 */
public final class DatabaseUnavailable {

    /** The seconds a client is asked to wait before trying again (Retry-After). */
    public static final int RETRY_AFTER_SECONDS = 30;

    private static final Set<String> SERVER_GOING_AWAY = Set.of("57P01", "57P02", "57P03");
    private static final String ACQUISITION_TIMEOUT = "Acquisition timeout";

    private DatabaseUnavailable() {
    }

    /** Whether {@code failure}, or anything that caused it, says the database cannot be reached. */
    public static boolean causedBy(Throwable failure) {
        int depth = 0;
        for (Throwable cause = failure; cause != null && depth < 32; cause = cause.getCause(), depth++) {
            if (cause instanceof SQLException sql && unreachable(sql)) {
                return true;
            }
            if (cause instanceof org.hibernate.JDBCException jdbc && isConnectionState(jdbc.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static boolean unreachable(SQLException e) {
        for (SQLException next = e; next != null; next = next.getNextException()) {
            if (isConnectionState(next.getSQLState())) {
                return true;
            }
            // Agroal: no connection became free, or none could be opened, within the acquisition timeout.
            if (next.getSQLState() == null && next.getMessage() != null && next.getMessage().startsWith(ACQUISITION_TIMEOUT)
                    && (next.getCause() == null || next.getCause() instanceof TimeoutException)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isConnectionState(String state) {
        return state != null && (state.startsWith("08") || SERVER_GOING_AWAY.contains(state));
    }
}
