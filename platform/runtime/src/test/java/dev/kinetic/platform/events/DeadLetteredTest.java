package dev.kinetic.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.microprofile.reactive.messaging.Message;
import org.junit.jupiter.api.Test;

class DeadLetteredTest {

    private final AtomicBoolean acknowledged = new AtomicBoolean();
    private final Message<String> batch = Message.of("batch", () -> {
        acknowledged.set(true);
        return CompletableFuture.completedFuture(null);
    });

    @Test
    void theBatchIsAcknowledgedOnlyOnceEveryDeadLetterIsSent() {
        CompletableFuture<Void> first = new CompletableFuture<>();
        CompletableFuture<Void> second = new CompletableFuture<>();
        DeadLettered deadLettered = new DeadLettered();
        deadLettered.add(record(first), new PoisonMessageException("bad"));
        deadLettered.add(record(second), new PoisonMessageException("worse"));

        CompletionStage<Void> done = deadLettered.thenAck(batch);
        first.complete(null);
        assertThat(acknowledged).isFalse();
        second.complete(null);

        assertThat(done.toCompletableFuture()).isCompleted();
        assertThat(acknowledged).isTrue();
    }

    @Test
    void aDeadLetterThatFailsLeavesTheBatchUnacknowledged() {
        DeadLettered deadLettered = new DeadLettered();
        deadLettered.add(record(CompletableFuture.failedFuture(new IllegalStateException("broker gone"))),
                new PoisonMessageException("bad"));

        assertThat(deadLettered.thenAck(batch).toCompletableFuture()).isCompletedExceptionally();
        assertThat(acknowledged).isFalse();
    }

    @Test
    void aBatchWithoutDeadLettersIsAcknowledgedAtOnce() {
        assertThat(new DeadLettered().thenAck(batch).toCompletableFuture()).isCompleted();
        assertThat(acknowledged).isTrue();
    }

    /** A record whose dead letter completes as {@code sent} does. */
    private static Message<String> record(CompletableFuture<Void> sent) {
        return Message.of("record", () -> CompletableFuture.completedFuture(null), cause -> sent);
    }
}
