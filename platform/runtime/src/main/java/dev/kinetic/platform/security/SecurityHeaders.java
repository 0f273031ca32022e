package dev.kinetic.platform.security;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import dev.kinetic.platform.http.RouteOrder;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;

/**
 * Headers every answer carries: no content sniffing, and no storing by any cache of an answer to a request
 * with credentials — a partner's plans hold health data, an editor's views unpublished work. Public answers
 * keep whatever caching their resource chose.
 */
@ApplicationScoped
public class SecurityHeaders {

    static final String NO_SNIFF = "X-Content-Type-Options";

    /**
     * No sniffing, set on the router's response before anything else runs, so that the refusals written below JAX-RS
     * (load shedding, the request limits, an authentication failure) carry it too; no resource sets it.
     */
    void register(@Observes Router router) {
        router.route().order(RouteOrder.SECURITY_HEADERS).handler(context -> {
            context.response().headers().set(NO_SNIFF, "nosniff");
            context.next();
        });
    }

    /** No storing, through JAX-RS's headers: it replaces whatever caching the resource chose. */
    @ServerResponseFilter
    public void noStoreWithCredentials(ContainerResponseContext response, HttpServerRequest request) {
        if (Caller.presentsCredentials(request)) {
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
        }
    }
}
