package dev.kinetic.plan.readmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class TopicCatchUpTest {

    @Test
    void caughtUpOnceEveryPartitionIsReadToItsEndAtStartUpAndStaysSo() {
        TopicCatchUp catchUp = new TopicCatchUp("exercise-catalog");
        assertThat(catchUp.caughtUp()).as("no target yet").isFalse();
        // Partition 1 was compacted: it starts at 5. Partition 2 is empty (records deleted up to 7).
        catchUp.target(Map.of(0, 0L, 1, 5L, 2, 7L), Map.of(0, 3L, 1, 9L, 2, 7L));
        assertThat(catchUp.lag()).isEqualTo(3 + 4);
        catchUp.consumed(0, 0);
        catchUp.consumed(0, 2);
        catchUp.consumed(1, 7);
        assertThat(catchUp.caughtUp()).isFalse();
        catchUp.consumed(1, 8);
        assertThat(catchUp.caughtUp()).isTrue();
        catchUp.latestEndOffsets(Map.of(0, 10L, 1, 9L, 2, 7L));
        assertThat(catchUp.lag()).isEqualTo(7);
        assertThat(catchUp.caughtUp()).as("later traffic does not make it unready").isTrue();
    }

    @Test
    void anEmptyOrMissingTopicIsCaughtUpAtOnce() {
        TopicCatchUp empty = new TopicCatchUp("content-articles");
        empty.target(Map.of(), Map.of());
        assertThat(empty.caughtUp()).isTrue();
        assertThat(empty.lag()).isZero();
    }
}
