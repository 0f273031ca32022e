package dev.kinetic.plan.persistence;

/** Whose a plan is and which version is current: all a read needs from the database (the document is cached). */
public record PlanHead(String partner, int version) {
}
