package dev.kinetic.client.webhooks;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The webhook-ids a receiver has processed lately, so a delivery sent again (Kinetic delivers at least once) is
 * acknowledged without being acted on twice. Bounded: the oldest ids are forgotten first. One process only; a
 * receiver with several instances keeps the ids where it keeps its state.
 */
public final class SeenMessages {

    private final Set<String> seen;

    public SeenMessages(int capacity) {
        this.seen = Collections.newSetFromMap(Collections.synchronizedMap(new LinkedHashMap<String, Boolean>(16, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                return size() > capacity;
            }
        }));
    }

    /** True the first time {@code messageId} is offered (as long as it is remembered). */
    public boolean firstTime(String messageId) {
        return seen.add(messageId);
    }
}
