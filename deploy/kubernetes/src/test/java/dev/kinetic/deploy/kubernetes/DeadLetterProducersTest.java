package dev.kinetic.deploy.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/**
 * Each channel that dead-letters its poison records makes the producer for them when the first such record comes, not
 * at every start: the connector otherwise makes one Kafka producer per channel as the service starts (plan-service
 * three), each with its network thread, its metrics and its first metadata requests, for topics that stay empty while
 * all is well. A channel's first dead letter waits for its producer to connect, once.
 */
class DeadLetterProducersTest {

    private static final String LAZY = "dead-letter-queue.lazy-client";

    @Test
    void everyDeadLetterChannelMakesItsProducerWhenItIsFirstNeeded() {
        for (String service : ServiceContract.SERVICES) {
            assertThat(eagerDeadLetterProducers(ServiceContract.config(service))).as(service).isEmpty();
        }
        assertThat(deadLetterChannels(ServiceContract.config("plan-service")))
                .containsExactlyInAnyOrder("exercise-catalog", "content-articles", "plan-events");
        assertThat(deadLetterChannels(ServiceContract.config("content-service"))).containsExactly("exercise-catalog");
    }

    @Test
    void aProducerMadeAtStartIsCaught() {
        Properties eager = ServiceContract.config("plan-service");
        eager.remove("mp.messaging.incoming.content-articles." + LAZY);
        assertThat(eagerDeadLetterProducers(eager)).containsExactly("content-articles");

        Properties saidNo = ServiceContract.config("content-service");
        saidNo.setProperty("mp.messaging.incoming.exercise-catalog." + LAZY, "false");
        assertThat(eagerDeadLetterProducers(saidNo)).containsExactly("exercise-catalog");
    }

    static List<String> eagerDeadLetterProducers(Properties config) {
        List<String> eager = new ArrayList<>();
        for (String channel : deadLetterChannels(config)) {
            if (!"true".equals(config.getProperty("mp.messaging.incoming." + channel + "." + LAZY, "").trim())) {
                eager.add(channel);
            }
        }
        return eager;
    }

    private static List<String> deadLetterChannels(Properties config) {
        return ConsumerShutdownTest.incomingChannels(config).stream()
                .filter(channel -> "dead-letter-queue".equals(
                        config.getProperty("mp.messaging.incoming." + channel + ".failure-strategy", "").trim()))
                .toList();
    }
}
