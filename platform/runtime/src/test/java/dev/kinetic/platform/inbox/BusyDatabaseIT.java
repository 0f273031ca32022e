package dev.kinetic.platform.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import dev.kinetic.platform.events.RecordAttempts;
import dev.kinetic.platform.fixture.PlatformFixtureTest;
import dev.kinetic.platform.fixture.WidgetChanged;
import dev.kinetic.platform.fixture.WidgetRecords;
import dev.kinetic.platform.testing.TopicReader;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Inject;

/**
 * A record whose processing fails because the database is busy (here: a lock the test holds, which the fixture's
 * consumer waits 100 ms for) is tried again until it passes, then applied once; it is not dead-lettered.
 */
@PlatformFixtureTest
class BusyDatabaseIT {

    @Inject
    DataSource dataSource;

    @Inject
    MeterRegistry registry;

    @Test
    void aRecordThatFailsWhileTheDatabaseIsBusyIsTriedAgainAndAppliedOnce() throws Exception {
        String key = "busy-" + UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        double retriesBefore = retries();
        try (Connection holder = dataSource.getConnection()) {
            holder.setAutoCommit(false);
            try (Statement lock = holder.createStatement()) {
                lock.execute("LOCK TABLE widget_effect IN ACCESS EXCLUSIVE MODE");
            }
            WidgetRecords.send(WidgetRecords.cloudEvent(eventId, key, "{\"id\":\"" + key + "\",\"name\":\"busy\",\"version\":1}"));
            // The consumer's attempts time out on the lock and are tried again while it is held.
            await().atMost(Duration.ofSeconds(30)).until(() -> retries() >= retriesBefore + 2);
            holder.rollback();
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> effects(eventId) == 1);
        // A record at fault, sent after it under the same key, is the first dead letter of that key: the busy one
        // (ahead of it in the partition) was not dead-lettered.
        WidgetRecords.send(WidgetRecords.notACloudEvent(key));
        List<ConsumerRecord<String, String>> dead = TopicReader.withKey(WidgetChanged.TOPIC + ".dlq", key, 1);
        assertThat(dead).extracting(ConsumerRecord::value).containsExactly("not a cloud event");
        assertThat(effects(eventId)).isEqualTo(1);
    }

    private double retries() {
        return registry.find(RecordAttempts.RETRIES).counters().stream().mapToDouble(c -> c.count()).sum();
    }

    private long effects(String eventId) throws Exception {
        try (var connection = dataSource.getConnection();
                var select = connection.prepareStatement("SELECT count(*) FROM widget_effect WHERE event_id = ?")) {
            select.setString(1, eventId);
            try (var rs = select.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
