package io.followthrough.platform.database;

import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.TimeoutException;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Only a database that cannot be reached answers 503; every other failure stays what it is. */
class DatabaseUnavailableTest {

    @Test
    void aConnectionFailureAnywhereInTheCausesCounts() {
        assertTrue(DatabaseUnavailable.causedBy(new SQLException("Connection refused", "08001")));
        assertTrue(DatabaseUnavailable.causedBy(new SQLException("An I/O error occurred", "08006")));
        assertTrue(DatabaseUnavailable.causedBy(new IllegalStateException("wrapped",
                new RuntimeException(new SQLTransientConnectionException("gone", "08003")))));
        assertTrue(DatabaseUnavailable.causedBy(
                new JDBCConnectionException("could not prepare statement", new SQLException("x", "08006"))));
    }

    @Test
    void aServerShuttingDownOrStartingCounts() {
        assertTrue(DatabaseUnavailable.causedBy(new SQLException("terminating connection due to administrator command", "57P01")));
        assertTrue(DatabaseUnavailable.causedBy(new SQLException("crash shutdown", "57P02")));
        assertTrue(DatabaseUnavailable.causedBy(new SQLException("the database system is starting up", "57P03")));
    }

    @Test
    void thePoolsAcquisitionTimeoutCounts() {
        assertTrue(DatabaseUnavailable.causedBy(new RuntimeException(
                new SQLException("Acquisition timeout while waiting for new connection", new TimeoutException()))));
    }

    @Test
    void otherDatabaseErrorsAndEverythingElseDoNot() {
        assertFalse(DatabaseUnavailable.causedBy(new SQLException("duplicate key", "23505")));
        assertFalse(DatabaseUnavailable.causedBy(new SQLException("value too long", "22001")));
        assertFalse(DatabaseUnavailable.causedBy(new SQLException("canceling statement due to user request", "57014")));
        assertFalse(DatabaseUnavailable.causedBy(new SQLException("permission denied", "42501")));
        assertFalse(DatabaseUnavailable.causedBy(new SQLException("no state")));
        assertFalse(DatabaseUnavailable.causedBy(new IllegalStateException("a bug")));
        assertFalse(DatabaseUnavailable.causedBy(new NullPointerException()));
    }
}
