package dev.kinetic.platform.security;

import java.util.function.BiConsumer;

import org.jboss.logging.Logger;

import org.jboss.resteasy.reactive.server.core.CurrentRequestManager;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;

import io.quarkus.arc.Arc;
import io.quarkus.resteasy.reactive.server.runtime.ResteasyReactiveRecorder;
import io.quarkus.resteasy.reactive.server.runtime.observability.ObservabilityIntegrationRecorder;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.quarkus.vertx.http.runtime.security.HttpSecurityRecorder.DefaultAuthFailureHandler;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Finds a request's resource for its metrics only when authentication fails, not for every request.
 * <p>
 * With metrics or tracing on, Quarkus REST (3.33) replaces the authentication failure handler of every request and,
 * doing so, matches the request against every resource class to name its route template, building a new matcher of
 * all of them each time: 12% of what an anonymous read allocated, though authentication here is lazy and fails, if at
 * all, inside Quarkus REST, which names the template itself. This filter runs between the two (the same priority as
 * authentication, registered after it) and puts in the handler Quarkus REST would, naming the template only when it
 * is called. If a Quarkus upgrade changes that order, {@code AuthFailureRoutesIT} says so.
 */
@ApplicationScoped
public class AuthFailureRoutes {

    private static final Logger LOG = Logger.getLogger(AuthFailureRoutes.class);

    /** Quarkus's authentication filter's priority ({@code FilterBuildItem.AUTHENTICATION}, a build-time constant). */
    static final int AUTHENTICATION = 200;

    /**
     * What Quarkus REST's handler does (the request fails with the authentication's failure, for exception mappers or
     * the router's failure handlers to answer), with the route template named first, for the failure's metrics; but a
     * failure Quarkus REST is checking itself is left to its exception mappers, so the request is answered once.
     */
    static final BiConsumer<RoutingContext, Throwable> FAILED = (context, failure) -> {
        if (checkedByQuarkusRest(context)) {
            // Quarkus REST asked for the identity to check a role, and answers its failure with the exception mappers
            // (ProblemMapper). Failing the route too had the router answer first and Quarkus REST's answer then fail,
            // written twice, with an error logged for every request with a bad token on an operation that needs a role.
            DefaultAuthFailureHandler.markIfOtherAuthenticationFailure(context, failure);
            return;
        }
        try {
            ObservabilityIntegrationRecorder.setTemplatePath(context, ResteasyReactiveRecorder.getCurrentDeployment());
        } catch (RuntimeException e) {
            LOG.debugf("No route template for %s: %s", context.request().path(), e); // the raw path: decoding it can fail
        }
        DefaultAuthFailureHandler.markIfOtherAuthenticationFailure(context, failure);
        if (!context.failed()) {
            context.fail(DefaultAuthFailureHandler.extractRootCause(failure));
        }
    };

    /** Whether Quarkus REST is processing this request on this thread (it asked for the identity itself). */
    private static boolean checkedByQuarkusRest(RoutingContext context) {
        if (!Arc.container().requestContext().isActive()) {
            return false;
        }
        ResteasyReactiveRequestContext request = CurrentRequestManager.get();
        return request != null && request.unwrap(RoutingContext.class) == context;
    }

    void register(@Observes Filters filters) {
        filters.register(AuthFailureRoutes::replace, AUTHENTICATION);
    }

    private static void replace(RoutingContext context) {
        if (context.get(QuarkusHttpUser.AUTH_FAILURE_HANDLER) instanceof DefaultAuthFailureHandler) {
            context.put(QuarkusHttpUser.AUTH_FAILURE_HANDLER, FAILED);
        }
        context.next();
    }
}
