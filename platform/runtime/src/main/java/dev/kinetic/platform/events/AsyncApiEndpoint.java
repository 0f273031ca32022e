package dev.kinetic.platform.events;

import dev.kinetic.contracts.AsyncApi;
import io.quarkus.vertx.http.ManagementInterface;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Serves the suite's AsyncAPI 3.0 document at {@code /q/asyncapi} on the management interface, beside the
 * OpenAPI document: the Kafka topics and the partner webhooks, built from the contracts every service uses.
 */
@ApplicationScoped
public class AsyncApiEndpoint {

    public static final String PATH = "/q/asyncapi";

    private final String document = AsyncApi.document().toPrettyString();

    void register(@Observes ManagementInterface management) {
        management.router().get(PATH).handler(context -> context.response()
                .putHeader("content-type", "application/json").putHeader("cache-control", "max-age=300").end(document));
    }
}
