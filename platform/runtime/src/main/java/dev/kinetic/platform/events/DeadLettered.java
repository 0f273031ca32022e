package dev.kinetic.platform.events;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * The records of one batch sent to the dead-letter topic. The batch may be acknowledged only once each of them is
 * there: acknowledged first, a record whose dead letter then failed to send would be lost instead of read again.
 */
public final class DeadLettered {

    private final List<CompletableFuture<Void>> nacks = new ArrayList<>();

    /** Sends {@code record} to its channel's dead-letter topic with {@code cause}. */
    public void add(Message<?> record, Throwable cause) {
        nacks.add(record.nack(cause).toCompletableFuture());
    }

    /** Completes once every record added is on the dead-letter topic. */
    public CompletionStage<Void> sent() {
        return CompletableFuture.allOf(nacks.toArray(CompletableFuture[]::new));
    }

    /** Acknowledges {@code batch} once every record added is on the dead-letter topic. */
    public CompletionStage<Void> thenAck(Message<?> batch) {
        return sent().thenCompose(done -> batch.ack());
    }
}
