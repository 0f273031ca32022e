package dev.kinetic.plan.domain;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The health conditions a request may name. They are the catalog's condition vocabulary (the
 * slugs exercise-service uses in contraindications); a condition the catalog does not know would
 * silently filter nothing, so the API refuses it.
 */
public final class Conditions {

    public static final Set<String> KNOWN = Set.of("low-back-pain", "sciatica", "anterior-pelvic-tilt", "posterior-pelvic-tilt",
            "knee-pain", "hip-pain", "shoulder-pain", "wrist-pain", "pregnancy", "osteoporosis", "hypertension");

    /** Conditions for which red-flag screening is required before any exercise is given. */
    public static final Set<String> BACK = Set.of("low-back-pain", "sciatica");

    /** Slots a condition adds beyond the goals' patterns. */
    static final Map<String, List<Slot>> EXTRA_SLOTS = Map.of(
            "anterior-pelvic-tilt", List.of(new Slot("stretch", Set.of("iliopsoas", "rectus-femoris"),
                    "hip-flexor mobility for anterior pelvic tilt")));

    private Conditions() {
    }

    public static boolean needsScreening(Set<String> conditions) {
        return conditions.stream().anyMatch(BACK::contains);
    }
}
