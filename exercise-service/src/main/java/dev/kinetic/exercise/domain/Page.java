package dev.kinetic.exercise.domain;

import java.util.List;

/** One page of results and the total number of results. */
public record Page<T>(List<T> items, int page, int size, long total) {
}
