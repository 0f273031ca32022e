package dev.kinetic.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FailureCauseTest {

    @ParameterizedTest(name = "SQLSTATE {0} is the fault of the {1}")
    @CsvSource({
            "08006, DEPENDENCY", // connection failure
            "08001, DEPENDENCY", // could not connect
            "57P01, DEPENDENCY", // the server is shutting down
            "57P03, DEPENDENCY", // cannot connect now (starting up)
            "53300, DEPENDENCY", // too many connections
            "58030, DEPENDENCY", // I/O error
            "40001, DEPENDENCY", // serialization failure
            "40P01, DEPENDENCY", // deadlock
            "55P03, DEPENDENCY", // lock not available
            "22021, RECORD", // a character the encoding lacks (a NUL in text)
            "22023, RECORD", // an invalid parameter value
            "23505, RECORD", // a unique key the record breaks
            "23502, RECORD", // a required value the record lacks
            "42703, RECORD", // a bug in a statement fails for every record alike: dead-lettered, not retried forever
            "40002, RECORD" // an integrity constraint at commit, not a conflict that passes
    })
    void anSqlStateTellsWhoseFaultItIs(String state, FailureCause expected) {
        RuntimeException wrapped = new IllegalStateException("could not execute statement",
                new SQLException("the database said no", state));
        assertThat(FailureCause.of(wrapped)).isEqualTo(expected);
    }

    @Test
    void poisonIsTheRecordsFaultWhateverItWraps() {
        assertThat(FailureCause.of(new PoisonMessageException("not a CloudEvent", new SQLException("down", "08006"))))
                .isEqualTo(FailureCause.RECORD);
    }

    @Test
    void theDriversTransientFailuresAndUnreachableHostsPass() {
        assertThat(FailureCause.of(new RuntimeException(new SQLTransientConnectionException("pool exhausted"))))
                .isEqualTo(FailureCause.DEPENDENCY);
        assertThat(FailureCause.of(new RuntimeException(new ConnectException("Connection refused")))).isEqualTo(FailureCause.DEPENDENCY);
    }

    @Test
    void anSqlExceptionWithoutStateComesFromTheClientSideAndPasses() {
        // Agroal's acquisition timeout carries no SQLSTATE.
        assertThat(FailureCause.of(new RuntimeException(new SQLException("Sorry, acquisition timeout!"))))
                .isEqualTo(FailureCause.DEPENDENCY);
    }

    @Test
    void anythingElseIsTheRecordsFaultAsBefore() {
        assertThat(FailureCause.of(new NullPointerException())).isEqualTo(FailureCause.RECORD);
        assertThat(FailureCause.of(new IllegalArgumentException("bad slug"))).isEqualTo(FailureCause.RECORD);
    }
}
