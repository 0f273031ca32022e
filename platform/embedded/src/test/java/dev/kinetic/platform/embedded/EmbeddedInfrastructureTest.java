package dev.kinetic.platform.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

class EmbeddedInfrastructureTest {

    @Test
    void postgresServesEachServiceItsOwnDatabase() throws Exception {
        try (PostgresServer postgres = PostgresServer.startTemporary()) {
            postgres.createDatabase("exercise");
            postgres.createDatabase("exercise"); // idempotent
            try (Connection c = DriverManager.getConnection(postgres.jdbcUrl("exercise"), postgres.username(), postgres.password());
                    Statement s = c.createStatement()) {
                s.execute("CREATE TABLE t (id int primary key)");
                s.execute("INSERT INTO t VALUES (1), (2)");
                try (ResultSet rs = s.executeQuery("SELECT count(*), current_database(), current_setting('server_version_num')::int FROM t")) {
                    rs.next();
                    assertThat(rs.getInt(1)).isEqualTo(2);
                    assertThat(rs.getString(2)).isEqualTo("exercise");
                    assertThat(rs.getInt(3)).isGreaterThanOrEqualTo(170000);
                }
            }
        }
    }

    @Test
    void persistentPostgresKeepsDataAcrossRestarts() throws Exception {
        Path home = Files.createTempDirectory("kinetic-pg-persist-");
        try {
            try (PostgresServer first = PostgresServer.startPersistent(home.resolve("pg"), 0)) {
                first.createDatabase("content");
                execute(first, "CREATE TABLE kept (v text); INSERT INTO kept VALUES ('still here')");
            }
            try (PostgresServer second = PostgresServer.startPersistent(home.resolve("pg"), 0);
                    Connection c = DriverManager.getConnection(second.jdbcUrl("content"), second.username(), second.password());
                    ResultSet rs = c.createStatement().executeQuery("SELECT v FROM kept")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("still here");
            }
        } finally {
            Directories.deleteRecursively(home);
        }
    }

    @Test
    void brokerComesBackOnTheSamePortWithItsDataAfterACrashOrAStop() throws Exception {
        try (KafkaBroker broker = KafkaBroker.startTemporary()) {
            broker.createTopics(KineticTopics.ALL);
            try (var admin = broker.admin()) {
                var resource = new ConfigResource(ConfigResource.Type.TOPIC, "exercise-catalog");
                var config = admin.describeConfigs(List.of(resource)).all().get(10, TimeUnit.SECONDS).get(resource);
                assertThat(config.get("cleanup.policy").value()).isEqualTo("compact");
            }
            send(broker, "before");
            broker.kill();
            assertThat(broker.isRunning()).isFalse();
            broker.start();
            send(broker, "after crash");
            broker.stop();
            broker.start();
            send(broker, "after clean stop");
            assertThat(readAll(broker, "outage-probe", 3)).containsExactly("before", "after crash", "after clean stop");
        }
    }

    private static void execute(PostgresServer server, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(server.jdbcUrl("content"), server.username(), server.password());
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static void send(KafkaBroker broker, String value) throws Exception {
        try (var producer = new KafkaProducer<String, String>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()),
                new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>("outage-probe", 0, "k", value)).get(30, TimeUnit.SECONDS);
        }
    }

    private static List<String> readAll(KafkaBroker broker, String topic, int expected) {
        List<String> values = new ArrayList<>();
        try (var consumer = new KafkaConsumer<String, String>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "probe",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (values.size() < expected && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    values.add(record.value());
                }
            }
        }
        return values;
    }
}
