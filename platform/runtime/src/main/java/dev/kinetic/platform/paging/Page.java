package dev.kinetic.platform.paging;

import java.util.List;
import java.util.function.Function;

/** One page of a listing: its items, which page of what size, and how many items the whole listing has. */
public record Page<T>(List<T> items, int page, int size, long total) {

    public Page {
        items = List.copyOf(items);
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), page, size, total);
    }
}
