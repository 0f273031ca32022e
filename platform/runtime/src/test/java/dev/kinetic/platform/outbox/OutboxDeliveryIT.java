package dev.kinetic.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

import dev.kinetic.platform.fixture.PlatformFixtureTest;
import dev.kinetic.platform.fixture.WidgetCalls;
import dev.kinetic.platform.testing.KineticTestInfrastructure;
import jakarta.inject.Inject;

/**
 * The no-loss proof: writes keep succeeding while the broker is down, and once it is back every
 * event arrives, in per-key order, with exactly one side effect each, even when events are
 * delivered again.
 */
@PlatformFixtureTest
class OutboxDeliveryIT {

    private static final int AGGREGATES = 1_000;
    private static final int RENAMED = 100;
    private static final int RENAMES_EACH = 3;

    @Inject
    DataSource dataSource;

    @Test
    void everyEventArrivesOnceInPerKeyOrderAcrossABrokerOutage() throws Exception {
        int events = 0;
        for (int i = 0; i < AGGREGATES; i++) {
            if (i == 300) {
                KineticTestInfrastructure.broker().kill();
            }
            if (i == 700) {
                KineticTestInfrastructure.broker().start();
            }
            WidgetCalls.create("agg-" + i, "agg-" + i).statusCode(200);
            events++;
            if (i < RENAMED) {
                for (int r = 0; r < RENAMES_EACH; r++) {
                    WidgetCalls.rename("agg-" + i, "renamed " + r).statusCode(200);
                    events++;
                }
            }
            if (i == 650) {
                // Mid-outage: every write so far committed, nothing could be published.
                assertThat(count("SELECT count(*) FROM widget WHERE id LIKE 'agg-%'")).isEqualTo(651);
            }
        }
        int expected = events;

        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                assertThat(count("SELECT count(*) FROM widget_effect WHERE widget_id LIKE 'agg-%'")).isEqualTo(expected));
        assertThat(count("SELECT count(*) FROM platform.outbox_event WHERE published_at IS NULL")).isZero();
        assertPerKeyOrder();

        // Force redelivery: the relay publishes the first 400 events again, as after a crash before marking them.
        execute("UPDATE platform.outbox_event SET published_at = NULL WHERE id IN "
                + "(SELECT id FROM platform.outbox_event ORDER BY id LIMIT 400)");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(count("SELECT count(*) FROM platform.outbox_event WHERE published_at IS NULL")).isZero());
        awaitConsumerCaughtUp("widget-fixture", "widgets");

        assertThat(count("SELECT count(*) FROM widget_effect WHERE widget_id LIKE 'agg-%'")).isEqualTo(expected);
        assertThat(count("SELECT count(DISTINCT event_id) FROM widget_effect WHERE widget_id LIKE 'agg-%'")).isEqualTo(expected);
        assertPerKeyOrder();
    }

    private void assertPerKeyOrder() throws Exception {
        Map<String, List<Integer>> versionsByKey = new HashMap<>();
        try (var connection = dataSource.getConnection();
                var rs = connection.createStatement().executeQuery(
                        "SELECT widget_id, version FROM widget_effect WHERE widget_id LIKE 'agg-%' ORDER BY received_seq")) {
            while (rs.next()) {
                versionsByKey.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getInt(2));
            }
        }
        assertThat(versionsByKey).hasSize(AGGREGATES);
        versionsByKey.forEach((key, versions) -> {
            List<Integer> expected = new ArrayList<>();
            for (int v = 1; v <= versions.size(); v++) {
                expected.add(v);
            }
            assertThat(versions).as("versions of %s in arrival order", key).isEqualTo(expected);
        });
        assertThat(versionsByKey.get("agg-0")).hasSize(1 + RENAMES_EACH);
    }

    private static void awaitConsumerCaughtUp(String group, String topic) {
        try (Admin admin = KineticTestInfrastructure.broker().admin()) {
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                        .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
                Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
                committed.keySet().stream().filter(tp -> tp.topic().equals(topic)).forEach(tp -> latest.put(tp, OffsetSpec.latest()));
                assertThat(latest).isNotEmpty();
                Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(latest).all().get(10, TimeUnit.SECONDS);
                ends.forEach((tp, end) -> assertThat(committed.get(tp).offset()).as("committed offset of %s", tp).isEqualTo(end.offset()));
            });
        }
    }

    private long count(String sql) throws Exception {
        try (var connection = dataSource.getConnection(); var rs = connection.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void execute(String sql) throws Exception {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
