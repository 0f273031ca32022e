package dev.kinetic.platform.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import dev.kinetic.platform.fixture.PlatformFixtureTest;
import dev.kinetic.platform.fixture.WidgetChanged;
import dev.kinetic.platform.fixture.WidgetRecords;
import dev.kinetic.platform.testing.TopicReader;
import jakarta.inject.Inject;

/** A message that can never be processed goes to the dead-letter topic with its reason; the next one is processed. */
@PlatformFixtureTest
class PoisonMessageIT {

    @Inject
    DataSource dataSource;

    @Test
    void poisonGoesToTheDeadLetterTopicAndTheConsumerCarriesOn() throws Exception {
        String badDataId = UUID.randomUUID().toString();
        String goodId = UUID.randomUUID().toString();
        WidgetRecords.send(WidgetRecords.notACloudEvent("poison-1"),
                WidgetRecords.cloudEvent(badDataId, "poison-1", "{\"id\": [\"not\", \"a\", \"widget\"]"),
                WidgetRecords.cloudEvent(goodId, "poison-1", "{\"id\":\"poison-1\",\"name\":\"fine\",\"version\":1}"));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(count("SELECT count(*) FROM widget_effect WHERE event_id = '" + goodId + "'")).isEqualTo(1));
        assertThat(count("SELECT count(*) FROM widget_effect WHERE event_id = '" + badDataId + "'")).isZero();

        List<ConsumerRecord<String, String>> dead = TopicReader.withKey(WidgetChanged.TOPIC + ".dlq", "poison-1", 2);
        assertThat(dead).extracting(ConsumerRecord::key).containsOnly("poison-1");
        assertThat(dead).extracting(r -> TopicReader.header(r, "dead-letter-reason"))
                .anySatisfy(reason -> assertThat(reason).contains("missing CloudEvents header ce_id"))
                .anySatisfy(reason -> assertThat(reason).contains("not a valid WidgetChanged"));
        assertThat(dead).extracting(r -> TopicReader.header(r, "dead-letter-topic")).containsOnly(WidgetChanged.TOPIC);
    }

    private long count(String sql) throws Exception {
        try (var connection = dataSource.getConnection(); var rs = connection.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
