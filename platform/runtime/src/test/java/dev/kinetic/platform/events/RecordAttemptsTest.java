package dev.kinetic.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import dev.kinetic.platform.events.RecordAttempts.Outcome;

class RecordAttemptsTest {

    private final List<Duration> pauses = new ArrayList<>();
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final RecordAttempts attempts = new RecordAttempts(stopping::get, pauses::add, registry);

    private static RuntimeException databaseDown() {
        return new IllegalStateException("could not open a connection", new SQLException("Connection refused", "08001"));
    }

    @Test
    void workThatSucceedsIsDoneAtOnce() {
        AtomicInteger runs = new AtomicInteger();
        assertThat(attempts.run("work", runs::incrementAndGet).outcome()).isEqualTo(Outcome.DONE);
        assertThat(runs).hasValue(1);
        assertThat(pauses).isEmpty();
    }

    @Test
    void aRecordAtFaultIsDeadLetteredWithoutASecondAttempt() {
        AtomicInteger runs = new AtomicInteger();
        PoisonMessageException poison = new PoisonMessageException("not a CloudEvent");
        RecordAttempts.Result result = attempts.run("work", () -> {
            runs.incrementAndGet();
            throw poison;
        });
        assertThat(result.outcome()).isEqualTo(Outcome.DEAD_LETTER);
        assertThat(result.failure()).isSameAs(poison);
        assertThat(runs).hasValue(1);
        assertThat(registry.find(RecordAttempts.RETRIES).counter()).isNull();
    }

    @Test
    void aDatabaseOutageIsWaitedOutWithPausesThatDoubleUpToFiveSeconds() {
        AtomicInteger runs = new AtomicInteger();
        RecordAttempts.Result result = attempts.run("work", () -> {
            if (runs.incrementAndGet() <= 9) {
                throw databaseDown();
            }
        });
        assertThat(result.outcome()).isEqualTo(Outcome.DONE);
        assertThat(runs).hasValue(10);
        assertThat(pauses).extracting(Duration::toMillis)
                .containsExactly(100L, 200L, 400L, 800L, 1600L, 3200L, 5000L, 5000L, 5000L);
        assertThat(registry.counter(RecordAttempts.RETRIES, "work", "work").count()).isEqualTo(9);
    }

    @Test
    void aRecordThatFailsOnceTheServiceStopsIsLeftNotDeadLettered() {
        stopping.set(true);
        RecordAttempts.Result poisonWhileStopping = attempts.run("work", () -> {
            // The database closes before the consumers do: what fails then says nothing about the record.
            throw new IllegalStateException("EntityManagerFactory is closed");
        });
        assertThat(poisonWhileStopping.outcome()).isEqualTo(Outcome.LEAVE);
        assertThat(pauses).isEmpty();
    }

    @Test
    void anOutageStopsBeingWaitedOutWhenTheServiceStops() {
        AtomicInteger runs = new AtomicInteger();
        RecordAttempts.Result result = attempts.run("work", () -> {
            if (runs.incrementAndGet() == 3) {
                stopping.set(true);
            }
            throw databaseDown();
        });
        assertThat(result.outcome()).isEqualTo(Outcome.LEAVE);
        assertThat(runs).hasValue(3);
        assertThat(pauses).hasSize(2);
    }

    @Test
    void anInterruptedPauseLeavesTheRecordAndKeepsTheInterrupt() {
        RecordAttempts interrupted = new RecordAttempts(() -> false, pause -> {
            throw new InterruptedException();
        }, registry);
        try {
            assertThat(interrupted.run("work", () -> {
                throw databaseDown();
            }).outcome()).isEqualTo(Outcome.LEAVE);
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }
}
