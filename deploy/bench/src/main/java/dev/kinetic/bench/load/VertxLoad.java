package dev.kinetic.bench.load;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;

/**
 * An open-model load generator: requests are due at a fixed rate whatever the server does (one every
 * 1/rate seconds), sent asynchronously, and each latency is measured from when the request was due.
 * A closed-loop tool (a fixed number of connections, each waiting for its answer) sends less when the
 * server slows and so under-reports exactly the latency that matters ("coordinated omission"); this
 * one does not. Requests wait for one of {@code CONNECTIONS} keep-alive connections (that wait is
 * part of their latency); beyond {@code maxInFlight} outstanding they are counted as dropped.
 * HTTP goes through Vert.x (Netty) on one event loop, so the generator itself stays cheap.
 */
public final class VertxLoad implements LoadGenerator {

    static final int CONNECTIONS = 64;
    private static final long HIGHEST_MICROS = TimeUnit.MINUTES.toMicros(2);

    private final Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1).setWorkerPoolSize(1));
    private final HttpClient client = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true).setConnectTimeout(5_000),
            new PoolOptions().setHttp1MaxSize(CONNECTIONS).setMaxWaitQueueSize(-1));

    private final int maxInFlight;

    /** Requests beyond {@code maxInFlight} outstanding are dropped (and counted as errors) rather than queued without end. */
    public VertxLoad(int maxInFlight) {
        this.maxInFlight = maxInFlight;
    }

    public VertxLoad() {
        this(512);
    }

    @Override
    public void warmUp(Requests requests, int connections, Duration duration) throws InterruptedException {
        peak(requests, connections, duration);
    }

    @Override
    public void warmUpAtRate(Requests requests, double perSecond, Duration duration) throws InterruptedException {
        if (!duration.isZero()) {
            run(requests, perSecond, duration);
        }
    }

    @Override
    public LoadResult run(Requests requests, double perSecond, Duration duration) throws InterruptedException {
        long due = Math.max(1, Math.round(perSecond * duration.toNanos() / 1e9));
        long interval = Math.round(1e9 / perSecond);
        Histogram latencies = new ConcurrentHistogram(HIGHEST_MICROS, 3);
        AtomicLong succeeded = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        AtomicLong dropped = new AtomicLong();
        AtomicInteger inFlight = new AtomicInteger();
        CountDownLatch done = new CountDownLatch((int) due);
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
            send(requests.next(i)).onComplete(status -> {
                long micros = Math.min(HIGHEST_MICROS, Math.max(1, (System.nanoTime() - dueAt) / 1_000));
                latencies.recordValue(micros);
                if (status.succeeded() && status.result() < 400) {
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
        return new LoadResult(requests.name(), perSecond, succeeded.get() / elapsed, due, succeeded.get(), failed.get(), dropped.get(),
                millis(latencies, 50), millis(latencies, 90), millis(latencies, 99), latencies.getMaxValue() / 1000.0);
    }

    /** The highest rate the target sustains, closed-loop: {@code connections} requests outstanding at all times. */
    @Override
    public PeakResult peak(Requests requests, int connections, Duration duration) throws InterruptedException {
        AtomicLong succeeded = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        AtomicLong sequence = new AtomicLong();
        long end = System.nanoTime() + duration.toNanos();
        CountDownLatch finished = new CountDownLatch(connections);
        for (int c = 0; c < connections; c++) {
            loop(requests, sequence, end, succeeded, failed, finished);
        }
        finished.await(duration.toSeconds() + 60, TimeUnit.SECONDS);
        return new PeakResult(requests.name(), connections, succeeded.get() / (duration.toNanos() / 1e9), failed.get());
    }

    private void loop(Requests requests, AtomicLong sequence, long end, AtomicLong succeeded, AtomicLong failed,
            CountDownLatch finished) {
        if (System.nanoTime() >= end) {
            finished.countDown();
            return;
        }
        send(requests.next(sequence.getAndIncrement())).onComplete(status -> {
            if (status.succeeded() && status.result() < 400) {
                succeeded.incrementAndGet();
            } else {
                failed.incrementAndGet();
            }
            loop(requests, sequence, end, succeeded, failed, finished);
        });
    }

    /** Sends one request and reads the whole response; completes with the status code. */
    private Future<Integer> send(Target target) {
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.valueOf(target.method()))
                .setAbsoluteURI(target.uri().toString()).setTimeout(30_000);
        target.headers().forEach(options::addHeader);
        Buffer body = target.body().length == 0 ? null : Buffer.buffer(target.body());
        return client.request(options)
                .compose(request -> body == null ? request.send() : request.send(body))
                .compose(response -> response.body().map(ignored -> response.statusCode()));
    }

    private static double millis(Histogram histogram, double percentile) {
        return histogram.getValueAtPercentile(percentile) / 1000.0;
    }

    @Override
    public void close() {
        client.close();
        vertx.close();
    }
}
