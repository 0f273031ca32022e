package dev.kinetic.bench.suite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;

/**
 * Resident memory of the service processes, read from {@code /proc/<pid>/status} (Linux): once on
 * demand, and as the highest value seen while sampling every half second during the load.
 */
final class ResidentMemory implements AutoCloseable {

    private final Map<String, Long> pids;
    private final Map<String, Long> highest = new ConcurrentHashMap<>();
    private ScheduledExecutorService sampler;

    ResidentMemory(Map<String, Long> pids) {
        this.pids = Map.copyOf(pids);
    }

    /** Megabytes resident now, or -1 where the system does not say (not Linux). */
    static long megabytes(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D+", "")) / 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    long now(String service) {
        return megabytes(pids.get(service));
    }

    /** Each service's megabytes resident now. */
    void forEach(BiConsumer<String, Long> action) {
        pids.keySet().forEach(service -> action.accept(service, now(service)));
    }

    void startSampling() {
        sampler = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "rss-sampler"));
        sampler.scheduleAtFixedRate(() -> pids.forEach((service, pid) -> highest.merge(service, megabytes(pid), Math::max)),
                0, 500, TimeUnit.MILLISECONDS);
    }

    long highest(String service) {
        return highest.getOrDefault(service, -1L);
    }

    @Override
    public void close() {
        if (sampler != null) {
            sampler.shutdownNow();
        }
    }
}
