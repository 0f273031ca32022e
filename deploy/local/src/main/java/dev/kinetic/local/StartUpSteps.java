package dev.kinetic.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Where a service's start-up went, from its process start to ready: the JVM and Quarkus's class loading before
 * Quarkus began (what an AOT or CDS cache shortens), Quarkus's own start as it logs it (configuration, Flyway,
 * Hibernate, the Kafka clients, the application's start-up observers), and the wait from there to readiness
 * (the health checks' first probes of the database and the broker, and a service's own readiness, such as
 * plan-service's catalog).
 */
public record StartUpSteps(Duration beforeQuarkus, Duration quarkusStart, Duration untilReady) {

    /** Quarkus's line: "... <service> <version> on JVM (powered by Quarkus x.y.z) started in 2.345s. ..." */
    private static final Pattern STARTED = Pattern.compile(
            "^(\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2},\\d{3}) .*\\(powered by Quarkus [^)]*\\) started in (\\d+(?:\\.\\d+)?)s\\.");
    /** How the services time their log lines (the local suite's log format), in the machine's zone. */
    static final DateTimeFormatter LOGGED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss,SSS");

    /**
     * The steps of a start that began at {@code processStart} and was ready at {@code ready}, from the service's
     * plain-text log (timestamps in {@code zone}, as the service logs them); empty when the log has no such line or
     * cannot be read: a report of where the time went must never stop the suite from starting.
     */
    static Optional<StartUpSteps> of(Path log, ZoneId zone, Instant processStart, Instant ready) {
        // Read as Latin-1, which every byte is: the line looked for is ASCII, whatever else the log holds.
        try (Stream<String> lines = Files.lines(log, StandardCharsets.ISO_8859_1)) {
            // The last such line: a service started again adds its output to the log of the start before.
            return lines.map(STARTED::matcher).filter(Matcher::find).reduce((earlier, later) -> later)
                    .map(m -> between(processStart, LocalDateTime.parse(m.group(1), LOGGED).atZone(zone).toInstant(),
                            Duration.ofNanos(Math.round(Double.parseDouble(m.group(2)) * 1e9)), ready));
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty();
        }
    }

    /** Quarkus logs how long it took when it has started; it began that long before. */
    static StartUpSteps between(Instant processStart, Instant quarkusStarted, Duration quarkusStart, Instant ready) {
        Instant quarkusBegan = quarkusStarted.minus(quarkusStart);
        return new StartUpSteps(nonNegative(Duration.between(processStart, quarkusBegan)), quarkusStart,
                nonNegative(Duration.between(quarkusStarted, ready)));
    }

    /** The log's times are whole milliseconds, so a step can come out just below zero: never report less than 0. */
    private static Duration nonNegative(Duration duration) {
        return duration.isNegative() ? Duration.ZERO : duration;
    }
}
