package dev.kinetic.bench.load;

/** A closed-loop run: the rate achieved with {@code connections} requests always outstanding, and the failures. */
public record PeakResult(String name, int connections, double perSecond, long failed) {
}
