package dev.kinetic.platform.outbox;

/**
 * The event a write would publish is larger than any topic accepts. Thrown while staging, inside the
 * writer's transaction, so the whole write rolls back and the client is told at once.
 */
public class EventTooLargeException extends RuntimeException {

    public EventTooLargeException(String eventType, int bytes, int limit) {
        super("The " + eventType + " event of this change would be " + bytes + " bytes; events are limited to " + limit
                + " bytes. Make the resource smaller (fewer or shorter entries).");
    }
}
