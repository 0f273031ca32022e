package dev.kinetic.platform.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import dev.kinetic.contracts.EventHeaders;
import dev.kinetic.platform.fixture.PlatformFixtureTest;
import dev.kinetic.platform.fixture.WidgetChanged;
import dev.kinetic.platform.testing.KineticTestInfrastructure;
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
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KineticTestInfrastructure.broker().bootstrapServers()),
                new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(WidgetChanged.TOPIC, "poison-1", "not a cloud event")).get(10, TimeUnit.SECONDS);
            producer.send(cloudEvent(badDataId, "poison-1", "{\"id\": [\"not\", \"a\", \"widget\"]")).get(10, TimeUnit.SECONDS);
            producer.send(cloudEvent(goodId, "poison-1", "{\"id\":\"poison-1\",\"name\":\"fine\",\"version\":1}")).get(10, TimeUnit.SECONDS);
        }

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

    private static ProducerRecord<String, String> cloudEvent(String id, String key, String data) {
        ProducerRecord<String, String> record = new ProducerRecord<>(WidgetChanged.TOPIC, key, data);
        record.headers()
                .add(EventHeaders.SPEC_VERSION, bytes("1.0"))
                .add(EventHeaders.ID, bytes(id))
                .add(EventHeaders.TYPE, bytes(WidgetChanged.TYPE))
                .add(EventHeaders.SOURCE, bytes("/poison-test"));
        return record;
    }



    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }

    private long count(String sql) throws Exception {
        try (var connection = dataSource.getConnection(); var rs = connection.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
