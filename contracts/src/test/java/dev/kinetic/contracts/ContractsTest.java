package dev.kinetic.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class ContractsTest {

    @Test
    void aTopicConsumedInsideTheSuiteHasDeadLetters() {
        assertThat(Topics.named(Topics.CONTENT_ARTICLES).consumedInside()).isTrue();
        assertThat(Topics.named(Topics.PLAN_EVENTS).consumedInside()).isTrue();
        assertThat(new Topic("elsewhere", "plan-service", java.util.List.of(), false, 1, java.util.List.of("t"), "id", "test").consumedInside()).isFalse();
    }

    @Test
    void everyEventTypeHasASchemaWhoseIdNamesItsTopic() throws Exception {
        for (Topic topic : Topics.ALL) {
            assertThat(topic.eventTypes()).isNotEmpty();
            for (String type : topic.eventTypes()) {
                try (InputStream in = EventTypes.class.getResourceAsStream(EventTypes.schemaResource(type))) {
                    assertThat(in).as("schema of %s", type).isNotNull();
                    JsonNode schema = new ObjectMapper().readTree(in);
                    assertThat(schema.path("$id").asText()).as("$id of the schema of %s", type)
                            .contains("/schemas/" + topic.name() + "/");
                }
            }
        }
    }

    @Test
    void topicsAreFoundByName() {
        assertThat(Topics.named(Topics.PLAN_EVENTS).compacted()).isFalse();
        assertThat(Topics.named(Topics.EXERCISE_CATALOG).deadLetters()).isEqualTo("exercise-catalog.dlq");
    }
}
