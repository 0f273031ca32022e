package dev.kinetic.exercise.domain;

import dev.kinetic.platform.paging.Page;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * An immutable view of the whole catalog at one revision. Reads (filters, ladders) run against it
 * in memory; a write produces a new revision and a new snapshot.
 */
public final class CatalogSnapshot {

    private final long revision;
    private final Map<String, Exercise> bySlug;
    /** Built on the first search of this revision, so a revision nobody searches costs nothing. */
    private volatile ExerciseSearch search;

    public CatalogSnapshot(long revision, Collection<Exercise> exercises) {
        this.revision = revision;
        Map<String, Exercise> map = new TreeMap<>();
        exercises.forEach(e -> map.put(e.slug(), e));
        this.bySlug = Map.copyOf(map);
    }

    public long revision() {
        return revision;
    }

    public Optional<Exercise> find(String slug) {
        return Optional.ofNullable(bySlug.get(slug));
    }

    public List<Exercise> active() {
        return bySlug.values().stream().filter(Exercise::isActive).sorted(ExerciseSort.NAME.comparator(false)).toList();
    }

    /** The best {@code limit} active exercises for a search box's {@code text}, best first. */
    public List<ExerciseSearch.Found> search(String text, int limit) {
        ExerciseSearch index = search;
        if (index == null) {
            synchronized (this) {
                if (search == null) {
                    search = new ExerciseSearch(bySlug.values());
                }
                index = search;
            }
        }
        return index.search(text, limit);
    }

    /** Every exercise, retired ones included. */
    public Collection<Exercise> all() {
        return bySlug.values();
    }

    public int size() {
        return bySlug.size();
    }

    public Page<ExerciseMatch> query(ExerciseQuery query) {
        List<Exercise> found = bySlug.values().stream()
                .filter(query::matches)
                .sorted(query.sort().comparator(query.descending()))
                .toList();
        long from = Math.min((long) query.page() * query.size(), found.size());
        int to = (int) Math.min(from + query.size(), found.size());
        List<ExerciseMatch> items = new ArrayList<>(to - (int) from);
        for (Exercise exercise : found.subList((int) from, to)) {
            items.add(new ExerciseMatch(exercise,
                    query.safeFor() == null ? Optional.empty() : exercise.contraindicationFor(query.safeFor())));
        }
        return new Page<>(items, query.page(), query.size(), found.size());
    }

    /**
     * The progression ladder through {@code slug}: its regressions from the easiest up, the exercise
     * itself, then its progressions. Links to unknown exercises end the ladder; a cycle is cut.
     */
    public List<Exercise> ladder(String slug) {
        Exercise start = bySlug.get(slug);
        if (start == null) {
            return List.of();
        }
        Set<String> seen = new HashSet<>();
        seen.add(slug);
        Deque<Exercise> ladder = new ArrayDeque<>();
        ladder.add(start);
        for (Exercise e = next(start.regression(), seen); e != null; e = next(e.regression(), seen)) {
            ladder.addFirst(e);
        }
        for (Exercise e = next(start.progression(), seen); e != null; e = next(e.progression(), seen)) {
            ladder.addLast(e);
        }
        return List.copyOf(ladder);
    }

    private Exercise next(String slug, Set<String> seen) {
        if (slug == null || !seen.add(slug)) {
            return null;
        }
        return bySlug.get(slug);
    }
}
