package dev.kinetic.platform.outbox;

import dev.kinetic.platform.problem.ProblemException;
import dev.kinetic.platform.problem.ProblemType;

/**
 * The event a write would publish is larger than any topic accepts. Thrown while staging, inside the
 * writer's transaction, so the whole write rolls back and the client is told at once (a 422 problem).
 */
public class EventTooLargeException extends ProblemException {

    public EventTooLargeException(String eventType, int bytes, int limit) {
        super(ProblemType.RESOURCE_TOO_LARGE, "The " + eventType + " event of this change would be " + bytes + " bytes; events are limited to " + limit
                + " bytes. Make the resource smaller (fewer or shorter entries).");
    }
}
