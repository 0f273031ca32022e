package dev.kinetic.bench.load;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * An open-model load generator: requests are due at a fixed rate whatever the server does (one every
 * 1/rate seconds), sent asynchronously, and each latency is measured from when the request was due.
 * A closed-loop tool (a fixed number of connections, each waiting for its answer) sends less when the
 * server slows and so under-reports exactly the latency that matters ("coordinated omission"); this
 * one does not. Requests beyond {@code maxInFlight} outstanding are counted as dropped, not queued.
 */
public final class OpenModelLoad {

    private static final long HIGHEST_MICROS = TimeUnit.MINUTES.toMicros(2);

    private final HttpClient client;
    private final ExecutorService executor;

    public OpenModelLoad() {
        executor = Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()), r -> {
            Thread thread = new Thread(r, "load");
            thread.setDaemon(true);
            return thread;
        });
        client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
                .executor(executor).build();
    }

    public LoadResult run(Target target, double perSecond, Duration duration, int maxInFlight) throws InterruptedException {
        long due = Math.max(1, Math.round(perSecond * duration.toNanos() / 1e9));
        long interval = Math.round(1e9 / perSecond);
        Histogram latencies = new ConcurrentHistogram(HIGHEST_MICROS, 3);
        AtomicLong succeeded = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        AtomicLong dropped = new AtomicLong();
        AtomicInteger inFlight = new AtomicInteger();
        CountDownLatch done = new CountDownLatch((int) due);
        HttpRequest request = request(target);
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(20);
        for (long i = 0; i < due; i++) {
            long dueAt = start + i * interval;
            for (long wait = dueAt - System.nanoTime(); wait > 0; wait = dueAt - System.nanoTime()) {
                LockSupport.parkNanos(wait);
            }
            if (inFlight.get() >= maxInFlight) {
                dropped.incrementAndGet();
                done.countDown();
                continue;
            }
            inFlight.incrementAndGet();
            client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, error) -> {
                long micros = Math.min(HIGHEST_MICROS, Math.max(1, (System.nanoTime() - dueAt) / 1_000));
                latencies.recordValue(micros);
                if (error == null && response.statusCode() < 400) {
                    succeeded.incrementAndGet();
                } else {
                    failed.incrementAndGet();
                }
                inFlight.decrementAndGet();
                done.countDown();
            });
        }
        if (!done.await(60, TimeUnit.SECONDS)) {
            failed.addAndGet(done.getCount());
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        return new LoadResult(target.name(), perSecond, succeeded.get() / elapsed, due, succeeded.get(), failed.get(), dropped.get(),
                millis(latencies, 50), millis(latencies, 90), millis(latencies, 99), latencies.getMaxValue() / 1000.0);
    }

    /** The highest rate the target sustains, closed-loop: {@code connections} requests outstanding at all times. */
    public double peak(Target target, int connections, Duration duration) throws InterruptedException {
        HttpRequest request = request(target);
        AtomicLong succeeded = new AtomicLong();
        long end = System.nanoTime() + duration.toNanos();
        CountDownLatch finished = new CountDownLatch(connections);
        for (int c = 0; c < connections; c++) {
            loop(request, end, succeeded, finished);
        }
        finished.await(duration.toSeconds() + 60, TimeUnit.SECONDS);
        return succeeded.get() / (duration.toNanos() / 1e9);
    }

    private void loop(HttpRequest request, long end, AtomicLong succeeded, CountDownLatch finished) {
        if (System.nanoTime() >= end) {
            finished.countDown();
            return;
        }
        client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, error) -> {
            if (error == null && response.statusCode() < 400) {
                succeeded.incrementAndGet();
            }
            loop(request, end, succeeded, finished);
        });
    }

    private static HttpRequest request(Target target) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(target.uri()).timeout(Duration.ofSeconds(30))
                .method(target.method(), target.body().length == 0 ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(target.body()));
        target.headers().forEach(builder::header);
        return builder.build();
    }

    private static double millis(Histogram histogram, double percentile) {
        return histogram.getValueAtPercentile(percentile) / 1000.0;
    }

    public void close() {
        executor.shutdownNow();
    }
}
