package dev.kinetic.platform.http;

import java.util.concurrent.Callable;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Hands work from an event loop to a worker, for a read answered on the loop when the answer is at hand and on a worker
 * when it must wait: for the database, or for a token to be verified. Not for short computations: handing a third of
 * exercise searches to a worker made their tail longer (ROUNDS.md, the 2026-12-07 evening round). The work runs in the
 * request's Vert.x context, so its CDI request context (a Hibernate session, the caller's identity) is the request's,
 * and its result comes back on the loop.
 */
@ApplicationScoped
public class Workers {

    private final Vertx vertx;

    public Workers(Vertx vertx) {
        this.vertx = vertx;
    }

    /** The work's result, or its failure, once a worker has run it (not ordered with other work of the request). */
    public <T> Uni<T> call(Callable<T> work) {
        return Uni.createFrom().completionStage(() -> vertx.executeBlocking(work, false).toCompletionStage());
    }
}
