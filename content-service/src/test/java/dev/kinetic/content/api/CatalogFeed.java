package dev.kinetic.content.api;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import dev.kinetic.platform.testing.KineticTestInfrastructure;

/** Publishes exercise-catalog events as exercise-service would, so content-service can be tested alone. */
final class CatalogFeed {

    private CatalogFeed() {
    }

    static void exercise(String slug, String name, String aliasesJson, String primaryJson, String avoidFor, String level,
            String status, int version) throws Exception {
        String contraindications = avoidFor == null ? "[]"
                : "[{\"condition\":\"" + avoidFor + "\",\"severity\":\"avoid\",\"reason\":\"test\"}]";
        String data = """
                {"slug":"%s","name":"%s","aliases":%s,"primaryMuscles":%s,"contraindications":%s,"level":"%s",
                 "status":"%s","version":%d,"instructions":["x"],"equipment":["bodyweight"]}"""
                .formatted(slug, name, aliasesJson, primaryJson, contraindications, level, status, version);
        send(slug, status.equals("retired") ? "dev.kinetic.exercise.retired.v1" : "dev.kinetic.exercise.upserted.v1", data);
    }

    static void send(String key, String type, String data) throws Exception {
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KineticTestInfrastructure.broker().bootstrapServers()),
                new StringSerializer(), new StringSerializer())) {
            ProducerRecord<String, String> record = new ProducerRecord<>("exercise-catalog", key, data);
            record.headers()
                    .add("ce_specversion", "1.0".getBytes(StandardCharsets.UTF_8))
                    .add("ce_id", UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8))
                    .add("ce_type", type.getBytes(StandardCharsets.UTF_8))
                    .add("ce_source", "/exercise-service".getBytes(StandardCharsets.UTF_8));
            producer.send(record).get(10, TimeUnit.SECONDS);
        }
    }
}
