package dev.kinetic.plan.api;

import java.util.Arrays;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.kinetic.plan.domain.Goal;

/** A goal a plan can serve, and the movement patterns its sessions are built from, most important first. */
@Schema(name = "Goal")
public record GoalView(String slug, String label, List<String> patterns) {

    static final List<GoalView> ALL = Arrays.stream(Goal.values()).map(g -> new GoalView(g.slug(), g.label(), g.patterns())).toList();
}
