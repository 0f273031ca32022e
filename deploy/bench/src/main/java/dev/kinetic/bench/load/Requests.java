package dev.kinetic.bench.load;

/**
 * What a scenario sends: the request for each position in the run, so a scenario can walk through many
 * slugs, queries or bodies instead of asking for one cached thing over and over.
 */
public interface Requests {

    String name();

    /** The request to send as number {@code sequence} (0, 1, 2, … across the whole run). */
    Target next(long sequence);
}
