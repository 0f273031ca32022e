package dev.kinetic.local;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import dev.kinetic.platform.embedded.Poll;

/** A service's packaged Quarkus app running as a child process, with its output in a log file. */
final class ServiceProcess {

    /**
     * Small services on a shared machine: the serial collector (least memory and threads of its own), a heap that
     * starts small and grows only as the load needs it (by default it starts at 1/64 of the machine's memory,
     * which is then resident whether used or not), capped at 256 MB, and given back after a collection leaves
     * more than 30% of it free (the default is 70%). Measured with the suite's benchmark: 14-24 MB less resident
     * per service after warm-up, with glibc's malloc arenas capped (see {@link #ENVIRONMENT}).
     */
    static final List<String> JVM_OPTIONS = List.of("-XX:+UseSerialGC", "-Xms64m", "-Xmx256m",
            "-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=30",
            // A young generation of 40 MB at least: shrunk with a small heap it was collected every 60 ms at 450 plan
            // creations a second, and what requests held at that moment was promoted, filling the old generation.
            "-XX:NewSize=40m",
            // Class metadata grows to 75-90 MB; from the default 21 MB every step of its growth was a full collection.
            "-XX:MetaspaceSize=128m",
            // A JVM out of heap has lost threads (the outbox relay's among them) and must not go on half-alive.
            "-XX:+ExitOnOutOfMemoryError",
            // A malformed URI reaches the router and is answered as problem+json (see HttpLayerLimits).
            "-Dvertx.disableURIValidation=true");

    /**
     * What malloc keeps after the compiler's and the warm-up's native work, given back every 5 s: 18-21 MB less
     * resident per service after plan creation's warm-up, measured (glibc returns little by itself). The option came
     * with 17.0.9 and 21.0.1; an older JVM refuses to start with it, so it is given only to a JVM that has it.
     */
    static List<String> nativeHeapTrim(Runtime.Version jvm) {
        int feature = jvm.feature();
        boolean has = feature > 21 || feature == 21 && jvm.update() >= 1 || feature == 17 && jvm.update() >= 9;
        return has ? List.of("-XX:TrimNativeHeapInterval=5000") : List.of();
    }

    /**
     * glibc gives each thread that allocates natively an arena of its own, up to eight per core, that it rarely
     * returns; two are plenty for a JVM, whose heap is not malloc's.
     */
    static final Map<String, String> ENVIRONMENT = Map.of("MALLOC_ARENA_MAX", "2");

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final ServiceSpec spec;
    private final Process process;
    private final Path log;
    private final Instant started;
    private volatile Instant readyAt;
    private volatile Duration cpuAtReady;

    private ServiceProcess(ServiceSpec spec, Process process, Path log, Instant started) {
        this.spec = spec;
        this.process = process;
        this.log = log;
        this.started = started;
    }

    /** Where the build packaged {@code spec}'s service (its quarkus-app directory). */
    static Path appDirectory(Path root, ServiceSpec spec) {
        return root.resolve(spec.module()).resolve("target/quarkus-app");
    }

    static ServiceProcess start(ServiceSpec spec, Path root, Path logDirectory, Map<String, String> environment) {
        return start(spec, root, logDirectory, environment, ProcessBuilder.Redirect::to);
    }

    /** Starts a stopped service again, its output added to the log of the start before. */
    static ServiceProcess startAgain(ServiceSpec spec, Path root, Path logDirectory, Map<String, String> environment) {
        return start(spec, root, logDirectory, environment, ProcessBuilder.Redirect::appendTo);
    }

    private static ServiceProcess start(ServiceSpec spec, Path root, Path logDirectory, Map<String, String> environment,
            Function<File, ProcessBuilder.Redirect> output) {
        Path jar = appDirectory(root, spec).resolve("quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: build first (./mvnw -B -ntp install -DskipTests)");
        }
        try {
            Files.createDirectories(logDirectory);
            Path log = logDirectory.resolve(spec.name() + ".log");
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
            command.addAll(JVM_OPTIONS);
            command.addAll(nativeHeapTrim(Runtime.version()));
            command.addAll(extraOptions(System.getenv("KINETIC_JVM_OPTIONS")));
            // The start-up caches record the class path as a relative quarkus-run.jar, so the service runs from its
            // quarkus-app directory.
            command.addAll(StartUpCache.options(jar.getParent(), Runtime.version().feature()));
            command.addAll(List.of("-jar", jar.getFileName().toString()));
            ProcessBuilder builder = new ProcessBuilder(command).directory(jar.getParent().toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(output.apply(log.toFile()));
            builder.environment().putAll(ENVIRONMENT);
            builder.environment().putAll(environment);
            return new ServiceProcess(spec, builder.start(), log, Instant.now());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + spec.name(), e);
        }
    }

    /**
     * Waits until {@code /q/health/ready} answers UP; returns how long start-up took, to within the 50 ms between
     * looks (the benchmark reports it): the first time it was seen ready, however often this is asked.
     */
    Duration awaitReady(Duration timeout) {
        URI ready = URI.create("http://127.0.0.1:" + spec.managementPort() + "/q/health/ready");
        Poll.until(timeout, Duration.ofMillis(50), () -> {
            if (!process.isAlive()) {
                throw new IllegalStateException(spec.name() + " exited with code " + process.exitValue() + "; see " + log);
            }
        }, () -> answersUp(ready), () -> spec.name() + " not ready after " + timeout + "; see " + log);
        if (readyAt == null) {
            cpuAtReady = process.info().totalCpuDuration().orElse(null);
            readyAt = Instant.now();
        }
        return Duration.between(started, readyAt);
    }

    /**
     * The CPU time all the process's threads (the JVM's compilers and collector, Quarkus, the application) had used
     * when it was first seen ready; empty before that, or where the operating system does not say. Among the starts of
     * one sitting it varies less than the time to ready does; from one hour to the next it moves with the machine as
     * much, so builds are compared alternately.
     */
    Optional<Duration> cpuAtReady() {
        return Optional.ofNullable(cpuAtReady);
    }

    /**
     * Where this process's start went, from its log; empty before it was seen ready, or if Quarkus did not log it.
     */
    Optional<StartUpSteps> startUpSteps() {
        Instant ready = readyAt;
        return ready == null ? Optional.empty() : StartUpSteps.of(log, ZoneId.systemDefault(), started, ready);
    }

    /** Options given in {@code KINETIC_JVM_OPTIONS}, after the defaults (so a later -Xmx wins), split at blanks. */
    static List<String> extraOptions(String given) {
        return given == null || given.isBlank() ? List.of() : List.of(given.trim().split("\\s+"));
    }

    private static boolean answersUp(URI ready) {
        try {
            return HTTP.send(HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * SIGTERM (Quarkus shuts down gracefully), then a forced kill if it takes too long; the wait leaves time for a
     * JVM that trained an AOT cache to write it as it exits.
     */
    void stop() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    ServiceSpec spec() {
        return spec;
    }

    Path log() {
        return log;
    }
}
