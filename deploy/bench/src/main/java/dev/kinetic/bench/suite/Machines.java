package dev.kinetic.bench.suite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.kinetic.bench.suite.BenchReport.Machine;

/** The machine a run measured on: results are only comparable with the cores, memory and JDK they came from. */
final class Machines {

    private Machines() {
    }

    static Machine current() {
        return new Machine(Runtime.getRuntime().availableProcessors(), totalMemoryMb(),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"));
    }

    private static long totalMemoryMb() {
        try {
            return Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal:")).findFirst()
                    .map(l -> Long.parseLong(l.replaceAll("\\D+", "")) / 1024).orElse(-1L);
        } catch (IOException e) {
            return -1;
        }
    }
}
