package dev.kinetic.platform.problem;

import java.util.concurrent.atomic.AtomicInteger;

import dev.kinetic.platform.http.RouteOrder;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Bounds the API requests a replica holds at once. Beyond {@code kinetic.http.max-in-flight} a request is
 * answered {@code 503 overloaded} with {@code Retry-After} on the event loop, before anything is read, verified
 * or queued for a worker: an open-ended burst otherwise queues (each request with its connection and buffers)
 * until the heap is gone, as a benchmark at four times plan-service's capacity showed. Only the API's router
 * is bounded; health, metrics and the OpenAPI document are on the management interface and always answer.
 */
@ApplicationScoped
public class LoadShedding {

    private final InFlight inFlight;
    private final ProblemResponses responses;

    public LoadShedding(HttpLimitsConfig limits, ProblemResponses responses) {
        this.inFlight = new InFlight(limits.maxInFlight());
        this.responses = responses;
    }

    void register(@Observes Router router) {
        router.route().order(RouteOrder.LOAD_SHEDDING).handler(this::admit);
    }

    private void admit(RoutingContext context) {
        if (!inFlight.tryEnter()) {
            responses.end(context.response().putHeader("Retry-After", "1"), ProblemType.OVERLOADED,
                    "This replica has " + inFlight.limit() + " requests in progress; retry after a second", null);
            return;
        }
        // Runs once the response ends or the connection drops, whichever comes first.
        context.addEndHandler(ended -> inFlight.leave());
        context.next();
    }

    /** A counter of requests in progress with a ceiling; plain Java, so its arithmetic is unit-tested. */
    static final class InFlight {

        private final int limit;
        private final AtomicInteger current = new AtomicInteger();

        InFlight(int limit) {
            if (limit < 1) {
                throw new IllegalArgumentException("kinetic.http.max-in-flight must be at least 1, not " + limit);
            }
            this.limit = limit;
        }

        boolean tryEnter() {
            while (true) {
                int now = current.get();
                if (now >= limit) {
                    return false;
                }
                if (current.compareAndSet(now, now + 1)) {
                    return true;
                }
            }
        }

        void leave() {
            current.decrementAndGet();
        }

        int current() {
            return current.get();
        }

        int limit() {
            return limit;
        }
    }
}
