package dev.kinetic.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartUpStepsTest {

    private static final Instant PROCESS_START = Instant.parse("2026-12-05T06:03:39.500Z");

    @Test
    void splitsAStartAtQuarkusOwnStartAsItsLogSaysIt(@TempDir Path dir) throws Exception {
        Path log = dir.resolve("exercise-service.log");
        Files.writeString(log, """
                [1.236s][info][jfr,startup] Started recording 1.
                2026-12-05 06:03:46,430 INFO  [org.flywaydb.core.FlywayExecutor] (main) Database: jdbc:postgresql://127.0.0.1:23051/exercise
                2026-12-05 06:03:53,953 INFO  [io.quarkus] (main) exercise-service 0.1.0-SNAPSHOT on JVM (powered by Quarkus 3.33.2) started in 2.360s. Listening on: http://0.0.0.0:28873.
                2026-12-05 06:03:53,954 INFO  [io.quarkus] (main) Profiles local,prod activated.\s
                """);
        Instant ready = Instant.parse("2026-12-05T06:03:54.200Z");

        StartUpSteps steps = StartUpSteps.of(log, ZoneOffset.UTC, PROCESS_START, ready).orElseThrow();

        // Quarkus began 2.360 s before 06:03:53.953, at 06:03:51.593: 12.093 s after the process started.
        assertThat(steps.beforeQuarkus()).isEqualTo(Duration.ofMillis(12_093));
        assertThat(steps.quarkusStart()).isEqualTo(Duration.ofMillis(2_360));
        assertThat(steps.untilReady()).isEqualTo(Duration.ofMillis(247));
        assertThat(steps.beforeQuarkus().plus(steps.quarkusStart()).plus(steps.untilReady()))
                .isEqualTo(Duration.between(PROCESS_START, ready));
    }

    @Test
    void aServiceStartedAgainIsSplitByItsOwnStartNotTheOneBeforeInTheSameLog(@TempDir Path dir) throws Exception {
        Path log = dir.resolve("plan-service.log");
        Files.writeString(log, """
                2026-12-05 06:03:41,000 INFO  [io.quarkus] (main) plan-service 0.1.0-SNAPSHOT on JVM (powered by Quarkus 3.33.2) started in 1.400s. Listening on: http://0.0.0.0:28875.
                2026-12-05 06:20:00,000 INFO  [io.quarkus] (main) plan-service stopped in 0.120s
                2026-12-05 06:20:03,500 INFO  [io.quarkus] (main) plan-service 0.1.0-SNAPSHOT on JVM (powered by Quarkus 3.33.2) started in 2.900s. Listening on: http://0.0.0.0:28875.
                """);
        Instant again = Instant.parse("2026-12-05T06:20:00.500Z");

        StartUpSteps steps = StartUpSteps.of(log, ZoneOffset.UTC, again, Instant.parse("2026-12-05T06:20:03.800Z")).orElseThrow();

        assertThat(steps.beforeQuarkus()).isEqualTo(Duration.ofMillis(100));
        assertThat(steps.quarkusStart()).isEqualTo(Duration.ofMillis(2_900));
        assertThat(steps.untilReady()).isEqualTo(Duration.ofMillis(300));
    }

    @Test
    void aLogWithoutQuarkusStartLineSaysNothing(@TempDir Path dir) throws Exception {
        Path log = dir.resolve("plan-service.log");
        Files.writeString(log, "{\"message\":\"started in 2.0s\"}\nError: Could not find or load main class\n");
        assertThat(StartUpSteps.of(log, ZoneOffset.UTC, PROCESS_START, PROCESS_START.plusSeconds(3))).isEmpty();
    }

    @Test
    void aLogClockAheadOfTheLauncherNeverGivesANegativeStep() {
        StartUpSteps steps = StartUpSteps.between(PROCESS_START, PROCESS_START.plusMillis(1_000), Duration.ofMillis(1_200),
                PROCESS_START.plusMillis(900));
        assertThat(steps.beforeQuarkus()).isZero();
        assertThat(steps.untilReady()).isZero();
    }

    @Test
    void aMissingLogOrOneThatIsNotUtf8NeverStopsTheSuite(@TempDir Path dir) throws Exception {
        assertThat(StartUpSteps.of(dir.resolve("absent.log"), ZoneOffset.UTC, PROCESS_START, PROCESS_START.plusSeconds(3))).isEmpty();
        Path log = dir.resolve("content-service.log");
        byte[] started = "2026-12-05 06:03:42,000 INFO  [io.quarkus] (main) content-service 0.1.0 on JVM (powered by Quarkus 3.33.2) started in 1.500s. Listening\n"
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] bytes = new byte[started.length + 3];
        bytes[0] = (byte) 0xC3; // a truncated UTF-8 sequence before the line
        bytes[1] = (byte) 0x28;
        bytes[2] = '\n';
        System.arraycopy(started, 0, bytes, 3, started.length);
        Files.write(log, bytes);
        assertThat(StartUpSteps.of(log, ZoneOffset.UTC, PROCESS_START, PROCESS_START.plusSeconds(3)))
                .hasValueSatisfying(steps -> assertThat(steps.quarkusStart()).isEqualTo(Duration.ofMillis(1_500)));
    }
}
