package dev.kinetic.bench.load;

import static io.gatling.javaapi.core.CoreDsl.ByteArrayBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;

import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

/**
 * The one Gatling simulation of the harness: each arriving user sends one request of the scenario (open model),
 * or each of a fixed number loops for the run (closed), the {@link Requests} sequence deciding which (so slugs, queries and bodies vary as they do in production). Gatling
 * builds the simulation itself, so {@link GatlingLoad} hands it the model through {@link #use} just before a run.
 * Every request of a scenario has the same method and header names; the harness's scenarios are built that way.
 */
public class KineticSimulation extends Simulation {

    private static volatile Model current;

    /** What to run: the requests, and either an arrival rate (open) or a number of concurrent users (closed). */
    record Model(Requests requests, double perSecond, int users, Duration duration) {

        static Model open(Requests requests, double perSecond, Duration duration) {
            return new Model(requests, perSecond, 0, duration);
        }

        static Model closed(Requests requests, int users, Duration duration) {
            return new Model(requests, 0, users, duration);
        }
    }

    static void use(Model model) {
        current = model;
    }

    public KineticSimulation() {
        Model model = current;
        if (model == null) {
            throw new IllegalStateException("KineticSimulation runs only through GatlingLoad");
        }
        Target first = model.requests().next(0);
        AtomicLong sequence = new AtomicLong();
        Iterator<Map<String, Object>> feeder = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public Map<String, Object> next() {
                Target target = model.requests().next(sequence.getAndIncrement());
                return Map.of("uri", target.uri().toString(), "body", target.body());
            }
        };
        HttpRequestActionBuilder request = http(model.requests().name()).httpRequest(first.method(), session -> session.getString("uri"))
                .headers(first.headers());
        if (first.body().length > 0) {
            request = request.body(ByteArrayBody(session -> session.<byte[]>get("body")));
        }
        // Open: each arriving user sends one request. Closed: the users are there from the start and each sends its
        // next request as soon as the last is answered, for the whole run (no user churn in the measurement).
        PopulationBuilder population = model.users() > 0
                ? scenario(model.requests().name()).during(model.duration()).on(feed(feeder).exec(request))
                        .injectOpen(atOnceUsers(model.users()))
                : scenario(model.requests().name()).feed(feeder).exec(request)
                        .injectOpen(constantUsersPerSec(model.perSecond()).during(model.duration()));
        // Connections are shared among the users (a pool, as a gateway or a partner's client keeps), and nothing is cached.
        HttpProtocolBuilder protocol = http.shareConnections().disableCaching().disableWarmUp();
        setUp(population.protocols(protocol));
    }
}
