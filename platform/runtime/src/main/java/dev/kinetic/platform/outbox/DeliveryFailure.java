package dev.kinetic.platform.outbox;

import java.util.List;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;

/**
 * Sorts a failed send: permanent failures are about the record itself and fail again however often it
 * is sent (so the row is parked), every other failure (broker down, timeouts, leadership moves,
 * authorisation being fixed) may pass with time and is retried with backoff.
 */
final class DeliveryFailure {

    private static final List<Class<? extends Throwable>> PERMANENT = List.of(RecordTooLargeException.class,
            RecordBatchTooLargeException.class, InvalidRecordException.class, InvalidTopicException.class,
            SerializationException.class);

    private DeliveryFailure() {
    }

    static boolean isPermanent(Throwable failure) {
        Throwable cause = cause(failure);
        return PERMANENT.stream().anyMatch(type -> type.isInstance(cause));
    }

    /** A short reason for the operator, without a stack trace. */
    static String reason(Throwable failure) {
        Throwable cause = cause(failure);
        String message = cause.getClass().getSimpleName() + ": " + cause.getMessage();
        return message.length() > 1000 ? message.substring(0, 1000) : message;
    }

    /** What failed the send: a future's failure arrives wrapped. */
    private static Throwable cause(Throwable failure) {
        return failure instanceof ExecutionException && failure.getCause() != null ? failure.getCause() : failure;
    }
}
