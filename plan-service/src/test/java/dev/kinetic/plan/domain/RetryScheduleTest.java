package dev.kinetic.plan.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.Test;

class RetryScheduleTest {

    private static final RetrySchedule PRODUCTION = new RetrySchedule(Duration.ofSeconds(5), 4, Duration.ofHours(10),
            Duration.ofHours(24), 0.2);

    @Test
    void delaysGrowExponentiallyUpToTheCap() {
        assertThat(PRODUCTION.next(1, Duration.ZERO, () -> 0.5)).hasValue(Duration.ofSeconds(5));
        assertThat(PRODUCTION.next(2, Duration.ofSeconds(5), () -> 0.5)).hasValue(Duration.ofSeconds(20));
        assertThat(PRODUCTION.next(3, Duration.ofSeconds(25), () -> 0.5)).hasValue(Duration.ofSeconds(80));
        assertThat(PRODUCTION.next(12, Duration.ofHours(1), () -> 0.5)).hasValue(Duration.ofHours(10));
    }

    @Test
    void jitterStaysWithinItsBand() {
        Random random = new Random(20261202);
        for (int i = 0; i < 1_000; i++) {
            Duration delay = PRODUCTION.next(3, Duration.ofMinutes(1), random::nextDouble).orElseThrow();
            assertThat(delay).isBetween(Duration.ofSeconds(64), Duration.ofSeconds(96));
        }
        assertThat(PRODUCTION.next(3, Duration.ZERO, () -> 0.0)).hasValue(Duration.ofSeconds(64));
    }

    @Test
    void aDeliveryIsRetriedForAtLeastTheGiveUpPeriodAndThenGivenUp() {
        // Property over seeds: whatever the jitter, the last attempt happens no earlier than 24 h after the first.
        for (long seed = 1; seed <= 200; seed++) {
            Random random = new Random(seed);
            Duration elapsed = Duration.ZERO;
            int failures = 0;
            Optional<Duration> next;
            while ((next = PRODUCTION.next(++failures, elapsed, random::nextDouble)).isPresent()) {
                elapsed = elapsed.plus(next.get());
                assertThat(failures).as("seed %d", seed).isLessThan(30);
            }
            assertThat(elapsed).as("seed %d", seed).isGreaterThanOrEqualTo(Duration.ofHours(24));
            assertThat(elapsed).as("seed %d", seed).isLessThan(Duration.ofHours(24 + 12));
        }
    }

    @Test
    void nonsenseSchedulesAreRefused() {
        assertThatThrownBy(() -> new RetrySchedule(Duration.ZERO, 2, Duration.ofSeconds(1), Duration.ofSeconds(1), 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetrySchedule(Duration.ofSeconds(1), 0.5, Duration.ofSeconds(1), Duration.ofSeconds(1), 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetrySchedule(Duration.ofSeconds(1), 2, Duration.ofSeconds(1), Duration.ofSeconds(1), 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
