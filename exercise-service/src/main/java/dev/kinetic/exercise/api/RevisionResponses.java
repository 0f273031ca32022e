package dev.kinetic.exercise.api;

import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import dev.kinetic.exercise.domain.CatalogSnapshot;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Responses that depend only on the catalog (a filtered page, a search), kept as JSON for as long as
 * the catalog revision they were computed from is current: the same question against the same
 * revision has the same answer on every replica, so nothing here can be stale. A newer revision
 * starts an empty generation; the busiest {@value #MAX_ENTRIES} questions of a revision are kept.
 */
@ApplicationScoped
public class RevisionResponses {

    static final int MAX_ENTRIES = 2_000;

    private record Generation(long revision, Cache<Object, String> responses) {
    }

    private volatile Generation current = new Generation(Long.MIN_VALUE, newCache());

    /** The cached answer to {@code question} at the snapshot's revision, computed once when absent. */
    public String get(CatalogSnapshot snapshot, Object question, Supplier<String> answer) {
        Generation generation = generationFor(snapshot.revision());
        if (generation == null) {
            return answer.get(); // a reader still holding an older snapshot: answer it, keep nothing
        }
        // One computation per question at a time: right after a new revision, readers of the same question wait
        // for the first rather than all asking the database at once.
        return generation.responses().get(question, q -> answer.get());
    }

    private Generation generationFor(long revision) {
        Generation generation = current;
        if (generation.revision() == revision) {
            return generation;
        }
        synchronized (this) {
            if (current.revision() < revision) {
                current = new Generation(revision, newCache());
            }
            return current.revision() == revision ? current : null;
        }
    }

    private static Cache<Object, String> newCache() {
        return Caffeine.newBuilder().maximumSize(MAX_ENTRIES).build();
    }
}
