package dev.kinetic.plan.application;

import dev.kinetic.contracts.EventTypes;
import dev.kinetic.contracts.Topics;

import java.util.List;
import java.util.UUID;

import dev.kinetic.plan.domain.Urgency;
import dev.kinetic.platform.events.OutgoingEvent;

/**
 * Events of the append-only {@code plan-events} topic, keyed by plan id: a plan (or referral) was
 * generated, adjusted into a new version, or paused with a referral. They summarise; the full plan
 * is read from the API.
 */
public final class PlanEvents {

    public static final String TOPIC = Topics.PLAN_EVENTS;
    public static final String GENERATED = EventTypes.PLAN_GENERATED;
    public static final String ADJUSTED = EventTypes.PLAN_ADJUSTED;
    public static final String PAUSED = EventTypes.PLAN_PAUSED;

    /** How soon a referral says to see a clinician; which red flags were found stays in plan-service (health data). */
    public record Referral(Urgency urgency) {
    }

    public record Generated(UUID planId, String partner, int version, String outcome, String status, List<String> goals,
            String level, List<String> conditions, int weeks, int sessions, List<String> exercises, Referral referral,
            long catalogVersion) {
    }

    /** {@code cause} is {@code feedback} (with the session) or {@code exercise-retired} (with the exercise). */
    public record Adjusted(UUID planId, String partner, int version, String cause, Integer session, String exercise,
            List<String> changes, List<String> exercises) {
    }

    public record Paused(UUID planId, String partner, int version, int session, Referral referral) {
    }

    private PlanEvents() {
    }

    public static OutgoingEvent generated(Generated data) {
        return new OutgoingEvent(TOPIC, data.planId().toString(), GENERATED, data);
    }

    public static OutgoingEvent adjusted(Adjusted data) {
        return new OutgoingEvent(TOPIC, data.planId().toString(), ADJUSTED, data);
    }

    public static OutgoingEvent paused(Paused data) {
        return new OutgoingEvent(TOPIC, data.planId().toString(), PAUSED, data);
    }
}
