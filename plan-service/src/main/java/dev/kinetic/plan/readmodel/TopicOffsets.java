package dev.kinetic.plan.readmodel;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

/** Asks the broker for a topic's first and end offsets per partition (a missing topic has none). */
@ApplicationScoped
public class TopicOffsets {

    /** First and end offsets by partition. */
    public record Range(Map<Integer, Long> start, Map<Integer, Long> end) {
        public boolean empty() {
            return end.entrySet().stream().allMatch(e -> e.getValue().equals(start.get(e.getKey())));
        }
    }

    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private final Admin admin;

    /** {@code kafkaConfig}: every {@code kafka.*} property, so security settings (SASL, TLS) apply here too. */
    public TopicOffsets(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig) {
        Map<String, Object> config = new HashMap<>();
        kafkaConfig.forEach((key, value) -> {
            if (AdminClientConfig.configNames().contains(key)) {
                config.put(key, value);
            }
        });
        config.put(AdminClientConfig.CLIENT_ID_CONFIG, "plan-service-offsets");
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
        this.admin = Admin.create(config);
    }

    public Range range(String topic) throws InterruptedException, ExecutionException, TimeoutException {
        List<Integer> partitions;
        try {
            TopicDescription description = admin.describeTopics(Set.of(topic)).allTopicNames()
                    .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).get(topic);
            partitions = description.partitions().stream().map(p -> p.partition()).toList();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UnknownTopicOrPartitionException) {
                return new Range(Map.of(), Map.of());
            }
            throw e;
        }
        return new Range(offsets(topic, partitions, OffsetSpec.earliest()), offsets(topic, partitions, OffsetSpec.latest()));
    }

    private Map<Integer, Long> offsets(String topic, List<Integer> partitions, OffsetSpec spec)
            throws InterruptedException, ExecutionException, TimeoutException {
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        partitions.forEach(p -> request.put(new TopicPartition(topic, p), spec));
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> result = admin.listOffsets(request).all()
                .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        Map<Integer, Long> offsets = new HashMap<>();
        result.forEach((tp, info) -> offsets.put(tp.partition(), info.offset()));
        return offsets;
    }

    @PreDestroy
    void close() {
        admin.close(Duration.ofSeconds(2));
    }
}
