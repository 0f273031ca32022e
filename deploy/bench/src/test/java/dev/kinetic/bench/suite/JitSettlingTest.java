package dev.kinetic.bench.suite;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class JitSettlingTest {

    private final JitSettling settling = new JitSettling(0.1, Duration.ofSeconds(150));

    @Test
    void warmsUpAnotherSliceWhileTheCompilerIsBusy() {
        assertThat(settling.another(Duration.ofSeconds(10), 0.6)).isTrue();
        assertThat(settling.another(Duration.ofSeconds(140), 0.1)).isTrue();
    }

    @Test
    void stopsOnceTheCompilerIsNearlyIdle() {
        assertThat(settling.another(Duration.ofSeconds(10), 0.09)).isFalse();
        assertThat(settling.another(Duration.ofSeconds(10), 0.0)).isFalse();
    }

    @Test
    void stopsAtTheLimitWhateverTheCompilerDoes() {
        assertThat(settling.another(Duration.ofSeconds(150), 0.9)).isFalse();
        assertThat(settling.another(Duration.ofSeconds(151), 0.9)).isFalse();
    }

    @Test
    void stopsAfterOneSliceWhereTheCompilerCannotBeObserved() {
        assertThat(settling.another(Duration.ofSeconds(10), null)).isFalse();
    }

    @Test
    void countsOnlyCompilerThreadsTicks() {
        // utime 1200 and stime 34 are the 14th and 15th fields of the whole line.
        String compiler = "4711 (C2 CompilerThre) S 4700 4700 0 0 -1 1077936192 7 0 0 0 1200 34 0 0 20 0 1 0 500 0 0";
        String worker = "4712 (executor-thread-1) S 4700 4700 0 0 -1 1077936192 7 0 0 0 900 12 0 0 20 0 1 0 500 0 0";
        String c1 = "4713 (C1 CompilerThre) R 4700 4700 0 0 -1 1077936192 7 0 0 0 5 1 0 0 20 0 1 0 500 0 0";
        assertThat(CompilerThreads.compilerTicks(compiler)).isEqualTo(1234);
        assertThat(CompilerThreads.compilerTicks(c1)).isEqualTo(6);
        assertThat(CompilerThreads.compilerTicks(worker)).isZero();
        assertThat(CompilerThreads.compilerTicks("")).isZero();
    }

    @Test
    void readsThisProcesssOwnCompilerThreadsOnLinux() {
        var ticks = CompilerThreads.ticks(ProcessHandle.current().pid());
        if (System.getProperty("os.name").startsWith("Linux")) {
            assertThat(ticks).isPresent();
            assertThat(ticks.getAsLong()).isNotNegative();
        } else {
            assertThat(ticks).isEmpty();
        }
    }
}
