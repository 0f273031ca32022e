package dev.kinetic.platform.security;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;

/**
 * Headers every answer carries: no content sniffing, and no storing by any cache of an answer to a request
 * with credentials — a partner's plans hold health data, an editor's views unpublished work. Public answers
 * keep whatever caching their resource chose.
 */
public class SecurityHeaders {

    static final String NO_SNIFF = "X-Content-Type-Options";

    @ServerResponseFilter
    public void securityHeaders(ContainerResponseContext response, HttpServerRequest request) {
        response.getHeaders().putSingle(NO_SNIFF, "nosniff");
        if (Caller.presentsCredentials(request)) {
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
        }
    }
}
