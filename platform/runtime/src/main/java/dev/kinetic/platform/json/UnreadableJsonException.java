package dev.kinetic.platform.json;

/** JSON the service wrote or relies on does not read (or write) as the type it should. */
public class UnreadableJsonException extends IllegalStateException {

    public UnreadableJsonException(String message, Throwable cause) {
        super(message, cause);
    }
}
