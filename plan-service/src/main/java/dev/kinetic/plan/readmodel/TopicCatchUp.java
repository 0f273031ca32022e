package dev.kinetic.plan.readmodel;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tracks how far an in-memory read model has read a topic. The target is the topic's end offsets
 * taken once at start-up; the model is caught up when every partition has been read up to its
 * target, and stays so. Lag is measured against the latest end offsets, refreshed periodically.
 */
public final class TopicCatchUp {

    private final String topic;
    private final Map<Integer, Long> positions = new ConcurrentHashMap<>();
    private volatile Map<Integer, Long> target;
    private volatile Map<Integer, Long> latestEnds = Map.of();
    private volatile boolean caughtUp;

    public TopicCatchUp(String topic) {
        this.topic = topic;
    }

    public String topic() {
        return topic;
    }

    /**
     * Sets the offsets to reach before the model counts as caught up: the end offsets at start-up.
     * Reading starts at each partition's first offset (records before it were compacted or deleted).
     */
    public void target(Map<Integer, Long> startOffsets, Map<Integer, Long> endOffsets) {
        startOffsets.forEach((partition, start) -> positions.merge(partition, start, Math::max));
        target = Map.copyOf(endOffsets);
        latestEnds = target;
        check();
    }

    /** Records that the record at {@code offset} of {@code partition} has been applied (or dead-lettered). */
    public void consumed(int partition, long offset) {
        positions.merge(partition, offset + 1, Math::max);
        if (!caughtUp) {
            check();
        }
    }

    public void latestEndOffsets(Map<Integer, Long> endOffsets) {
        latestEnds = Map.copyOf(endOffsets);
    }

    public boolean targetKnown() {
        return target != null;
    }

    public boolean caughtUp() {
        return caughtUp;
    }

    /** Records still to read: the latest end offsets minus what has been read, over all partitions. */
    public long lag() {
        return latestEnds.entrySet().stream()
                .mapToLong(e -> Math.max(0, e.getValue() - positions.getOrDefault(e.getKey(), 0L)))
                .sum();
    }

    private synchronized void check() {
        Map<Integer, Long> goal = target;
        if (caughtUp || goal == null) {
            return;
        }
        caughtUp = goal.entrySet().stream().allMatch(e -> positions.getOrDefault(e.getKey(), 0L) >= e.getValue());
    }
}
