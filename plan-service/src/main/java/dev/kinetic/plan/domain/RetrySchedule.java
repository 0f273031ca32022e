package dev.kinetic.plan.domain;

import java.time.Duration;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * When a failed webhook delivery is tried again: exponential backoff ({@code first × factor^(n−1)}, capped at
 * {@code maxDelay}) with ± {@code jitter} so that receivers coming back are not hit by every sender at once; a
 * delivery is given up only once it has been tried for {@code giveUpAfter}.
 */
public record RetrySchedule(Duration first, double factor, Duration maxDelay, Duration giveUpAfter, double jitter) {

    public RetrySchedule {
        if (first.isNegative() || first.isZero() || factor < 1 || maxDelay.compareTo(first) < 0 || jitter < 0 || jitter >= 1) {
            throw new IllegalArgumentException("retry schedule needs first > 0, factor >= 1, maxDelay >= first, 0 <= jitter < 1");
        }
    }

    /**
     * The wait before the next attempt after {@code failedAttempts} failures, the first of them
     * {@code sinceFirstAttempt} ago; empty when the delivery has been tried long enough.
     * {@code random} gives numbers in [0, 1).
     */
    public Optional<Duration> next(int failedAttempts, Duration sinceFirstAttempt, DoubleSupplier random) {
        if (sinceFirstAttempt.compareTo(giveUpAfter) >= 0) {
            return Optional.empty();
        }
        double base = Math.min(maxDelay.toMillis(), first.toMillis() * Math.pow(factor, Math.max(0, failedAttempts - 1)));
        double spread = 1 - jitter + 2 * jitter * random.getAsDouble();
        return Optional.of(Duration.ofMillis(Math.max(1, Math.round(base * spread))));
    }
}
