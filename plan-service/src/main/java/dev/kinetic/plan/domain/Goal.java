package dev.kinetic.plan.domain;

import java.util.List;

/** What a person wants from a plan, and the movement patterns that serve it, most important first. */
public enum Goal {
    GLUTE_STRENGTH(List.of("hip-extension", "hip-abduction", "squat", "lunge", "hinge")),
    LOW_BACK_PAIN_RELIEF(List.of("hip-extension", "anti-extension", "hip-abduction", "anti-rotation", "anti-lateral-flexion")),
    POSTURE(List.of("stretch", "hip-extension", "anti-extension", "horizontal-pull")),
    GENERAL_FITNESS(List.of("squat", "hinge", "horizontal-push", "horizontal-pull", "lunge", "carry"));

    private final List<String> patterns;

    Goal(List<String> patterns) {
        this.patterns = patterns;
    }

    public List<String> patterns() {
        return patterns;
    }
}
