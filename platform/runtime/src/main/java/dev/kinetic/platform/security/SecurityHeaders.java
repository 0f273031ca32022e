package dev.kinetic.platform.security;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/**
 * Headers every answer carries: no content sniffing, and no storing by any cache of an answer to a request
 * with credentials — a partner's plans hold health data, an editor's views unpublished work. Public answers
 * keep whatever caching their resource chose.
 */
@Provider
public class SecurityHeaders implements ContainerResponseFilter {

    static final String NO_SNIFF = "X-Content-Type-Options";

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        response.getHeaders().putSingle(NO_SNIFF, "nosniff");
        if (request.getHeaderString(HttpHeaders.AUTHORIZATION) != null) {
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
        }
    }
}
