package dev.kinetic.platform.problem;

import java.util.stream.Stream;

/** A failure and the causes it wraps, outermost first: frameworks wrap what a caller handles (a unique violation). */
public final class Causes {

    private Causes() {
    }

    /** {@code failure}, then its cause, and so on (a cause that is its own cause ends the chain). */
    public static Stream<Throwable> of(Throwable failure) {
        return Stream.iterate(failure, t -> t != null, t -> t.getCause() == t ? null : t.getCause());
    }

    /** Whether {@code failure} or any of its causes is a {@code type}. */
    public static boolean include(Throwable failure, Class<? extends Throwable> type) {
        return of(failure).anyMatch(type::isInstance);
    }
}
