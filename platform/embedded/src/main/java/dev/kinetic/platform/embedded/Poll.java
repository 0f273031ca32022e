package dev.kinetic.platform.embedded;

import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Waits for a condition, failing fast when what it waits on has died. */
public final class Poll {

    private Poll() {
    }

    /**
     * Checks {@code done} every {@code interval} until it holds; before each check {@code alive}
     * may throw to give up early; after {@code timeout}, throws with {@code timeoutMessage}.
     */
    public static void until(Duration timeout, Duration interval, Runnable alive, BooleanSupplier done,
            Supplier<String> timeoutMessage) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            alive.run();
            if (done.getAsBoolean()) {
                return;
            }
            sleep(interval);
        }
        throw new IllegalStateException(timeoutMessage.get());
    }

    public static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting", e);
        }
    }
}
