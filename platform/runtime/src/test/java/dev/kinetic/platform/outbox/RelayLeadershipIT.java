package dev.kinetic.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import dev.kinetic.platform.fixture.PlatformFixtureTest;
import dev.kinetic.platform.fixture.WidgetCalls;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Inject;

/**
 * The relay reads and marks its rows on the connection that holds its leadership lock, and asks that connection
 * whether it is valid only after it has been idle. When the database ends that session (a restart, a failover, an
 * operator's {@code pg_terminate_backend}), the first round that uses it fails once, gives the connection up, and the
 * next round takes the lock on a fresh one and delivers.
 */
@PlatformFixtureTest
class RelayLeadershipIT {

    /** The relay's advisory lock as pg_locks shows a bigint key: its high and low 32 bits. */
    private static final String LEADER = "SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND granted"
            + " AND classid = " + (OutboxStore.RELAY_LOCK >>> 32) + " AND objid = " + (OutboxStore.RELAY_LOCK & 0xFFFFFFFFL);

    @Inject
    DataSource dataSource;

    @Inject
    MeterRegistry registry;

    @Test
    void aLeaderWhoseSessionEndsTakesTheLockAgainAfterOneFailedRound() throws Exception {
        WidgetCalls.create("lead-1", "before").statusCode(200);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(effects("lead-1")).isEqualTo(1));
        long leader = number(LEADER);
        double failuresBefore = failures();

        assertThat(number("SELECT pg_terminate_backend(" + leader + ")::int")).isEqualTo(1);
        WidgetCalls.create("lead-2", "after").statusCode(200);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(effects("lead-2")).isEqualTo(1));
        assertThat(number(LEADER)).as("the lock's holder after the session ended").isNotEqualTo(leader);
        // One round met the ended session and gave it up; rounds that kept it would fail until it had been idle.
        assertThat(failures() - failuresBefore).as("failed relay rounds").isLessThanOrEqualTo(1);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(number("SELECT count(*) FROM platform.outbox_event WHERE published_at IS NULL")).isZero());
    }

    private double failures() {
        return registry.get("kinetic.outbox.failures").counter().count();
    }

    private long effects(String widget) throws Exception {
        return number("SELECT count(*) FROM widget_effect WHERE widget_id = '" + widget + "'");
    }

    private long number(String sql) throws Exception {
        try (var connection = dataSource.getConnection(); var rs = connection.createStatement().executeQuery(sql)) {
            assertThat(rs.next()).as("a row from %s", sql).isTrue();
            return rs.getLong(1);
        }
    }
}
