package dev.kinetic.plan.domain;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What plan generation knows about some of the catalog's conditions (which ones need red-flag
 * screening, which add slots). The conditions a request may name are the catalog's own vocabulary,
 * published by exercise-service; a test checks that every condition named here is one of them.
 */
public final class Conditions {

    /** Conditions for which red-flag screening is required before any exercise is given. */
    public static final Set<String> BACK = Set.of("low-back-pain", "sciatica");

    /** Slots a condition adds beyond the goals' patterns. */
    public static final Map<String, List<Slot>> EXTRA_SLOTS = Map.of(
            "anterior-pelvic-tilt", List.of(new Slot("stretch", Set.of("iliopsoas", "rectus-femoris"),
                    "hip-flexor mobility for anterior pelvic tilt")));

    private Conditions() {
    }

    public static boolean needsScreening(Set<String> conditions) {
        return conditions.stream().anyMatch(BACK::contains);
    }
}
