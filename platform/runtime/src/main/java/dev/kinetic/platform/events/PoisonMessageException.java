package dev.kinetic.platform.events;

/**
 * A message that can never be processed (not a CloudEvent, unparseable or invalid data). Thrown
 * by a consumer, it sends the message to the channel's dead-letter topic with this message as the
 * reason, and the consumer carries on with the next one.
 */
public class PoisonMessageException extends RuntimeException {

    public PoisonMessageException(String reason) {
        super(reason);
    }

    public PoisonMessageException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
