package dev.kinetic.platform.cache;

import java.util.concurrent.atomic.AtomicInteger;

import com.google.common.hash.BloomFilter;
import com.google.common.hash.Funnels;

/**
 * Whether a question was asked before, as a doorkeeper for held answers: an answer is worth holding only once its
 * question comes back. Remembers the questions of the last {@value #WINDOW} to twice that many first asks in two Bloom
 * filters, the newer filling while the older is still read; when the newer is full, the older is dropped. A false
 * "asked before" (about 1 in 100) only holds an answer that may not be asked again; a question asked again after the
 * window is treated as new once more. Neither can give a wrong answer. Questions are told apart by their
 * {@code hashCode} (a record's, so by value): two that collide count as one, which again only holds an answer.
 * Safe for concurrent use (Guava's filters set their bits atomically; a race at a rotation can only forget a question).
 */
public final class AskedBefore {

    /** Distinct questions each filter takes before it is rotated out. */
    public static final int WINDOW = 65_536;
    private static final double FALSE_POSITIVES = 0.01;

    private volatile BloomFilter<Integer> older = newFilter();
    private volatile BloomFilter<Integer> newer = newFilter();
    private final AtomicInteger inNewer = new AtomicInteger();

    /** Notes the question and tells whether it had been noted before (within the window). */
    public boolean noteAndCheck(Object question) {
        int key = question.hashCode();
        if (older.mightContain(key)) {
            return true;
        }
        BloomFilter<Integer> filling = newer;
        if (!filling.put(key)) {
            return true; // its bits were all set: noted before, or one of the rare false positives
        }
        if (inNewer.incrementAndGet() >= WINDOW) {
            rotate(filling);
        }
        return false;
    }

    private synchronized void rotate(BloomFilter<Integer> full) {
        if (newer == full) {
            older = full;
            newer = newFilter();
            inNewer.set(0);
        }
    }

    private static BloomFilter<Integer> newFilter() {
        return BloomFilter.create(Funnels.integerFunnel(), WINDOW, FALSE_POSITIVES);
    }
}
