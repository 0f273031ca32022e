package dev.kinetic.platform.testing.fuzz;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * The errors logged in this JVM while it is open (the service under test runs in it): an answer that went wrong
 * inside the service can still reach the client as a proper problem, and only its log says so.
 */
final class LoggedErrors extends Handler implements AutoCloseable {

    private final List<String> errors = new CopyOnWriteArrayList<>();

    private LoggedErrors() {
        setLevel(Level.SEVERE);
    }

    /** Starts collecting at the root logger, which every service logger reaches. */
    static LoggedErrors collect() {
        LoggedErrors collected = new LoggedErrors();
        Logger.getLogger("").addHandler(collected);
        return collected;
    }

    /** What was logged at ERROR or above, each as its logger, message and exception. */
    List<String> errors() {
        return List.copyOf(errors);
    }

    @Override
    public void publish(LogRecord record) {
        if (isLoggable(record)) {
            errors.add(record.getLoggerName() + ": " + record.getMessage()
                    + (record.getThrown() == null ? "" : " (" + record.getThrown() + ")"));
        }
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        Logger.getLogger("").removeHandler(this);
    }
}
