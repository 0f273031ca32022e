package dev.kinetic.plan.domain;

import dev.kinetic.contracts.Slugs;

import java.util.List;

/** What a person wants from a plan, and the movement patterns that serve it, most important first. */
public enum Goal {
    GLUTE_STRENGTH("glute strength", List.of("hip-extension", "hip-abduction", "squat", "lunge", "hinge")),
    LOW_BACK_PAIN_RELIEF("low-back-pain relief",
            List.of("hip-extension", "anti-extension", "hip-abduction", "anti-rotation", "anti-lateral-flexion")),
    POSTURE("posture", List.of("stretch", "hip-extension", "anti-extension", "horizontal-pull")),
    GENERAL_FITNESS("general fitness", List.of("squat", "hinge", "horizontal-push", "horizontal-pull", "lunge", "carry"));

    private final String label;
    private final List<String> patterns;

    Goal(String label, List<String> patterns) {
        this.label = label;
        this.patterns = patterns;
    }

    public String label() {
        return label;
    }

    public List<String> patterns() {
        return patterns;
    }

    /** The API's name for the goal, e.g. {@code glute-strength}. */
    public String slug() {
        return Slugs.of(this);
    }
}
