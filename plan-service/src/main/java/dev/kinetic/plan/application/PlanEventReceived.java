package dev.kinetic.plan.application;

import java.time.OffsetDateTime;

/** A plan event read from {@code plan-events}, checked: its id, CloudEvents type and time, and what it says. */
public record PlanEventReceived(String id, String type, OffsetDateTime time, PlanEventNotice notice) {
}
