package dev.kinetic.bench.suite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * CPU time a service's JIT compiler threads have used, from {@code /proc/<pid>/task/<tid>/stat} (Linux; empty
 * elsewhere). HotSpot names them "C1 CompilerThread0", "C2 CompilerThread1", …, cut to 15 characters by the kernel.
 */
final class CompilerThreads {

    /** Clock ticks per second in /proc's stat files (USER_HZ): 100 on every Linux architecture a JDK runs on. */
    static final double TICKS_PER_SECOND = 100;

    private CompilerThreads() {
    }

    /** Ticks (user and system) the compiler threads of process {@code pid} have used so far. */
    static OptionalLong ticks(long pid) {
        Path tasks = Path.of("/proc", Long.toString(pid), "task");
        if (!Files.isDirectory(tasks)) {
            return OptionalLong.empty();
        }
        try (Stream<Path> threads = Files.list(tasks)) {
            return OptionalLong.of(threads.mapToLong(thread -> compilerTicks(read(thread.resolve("stat")))).sum());
        } catch (IOException e) {
            return OptionalLong.empty();
        }
    }

    /** A thread's ticks from its stat line if it is a JIT compiler thread, else 0. */
    static long compilerTicks(String stat) {
        int open = stat.indexOf('(');
        int close = stat.lastIndexOf(')');
        if (open < 0 || close < open || !stat.substring(open + 1, close).matches("C[12] CompilerThre.*")) {
            return 0;
        }
        // After the name: state, ppid, … ; utime and stime are the 14th and 15th fields of the whole line.
        String[] fields = stat.substring(close + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    private static String read(Path stat) {
        try {
            return Files.readString(stat);
        } catch (IOException e) {
            return ""; // the thread ended meanwhile
        }
    }
}
