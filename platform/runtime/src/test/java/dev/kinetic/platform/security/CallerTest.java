package dev.kinetic.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.SecurityContext;

class CallerTest {

    @Test
    void anAnonymousRequestHoldsNoRoleAndItsIdentityIsNotAskedFor() {
        SecurityContext mustNotBeAsked = security(null);

        assertThat(Caller.presentsCredentials(request(null))).isFalse();
        assertThat(Caller.inAnyRole(mustNotBeAsked, request(null), Roles.EDITOR, Roles.ADMIN)).isFalse();
    }

    @Test
    void aRequestWithATokenHoldsTheRolesItsIdentityHas() {
        HttpServerRequest withToken = request("Bearer abc");

        assertThat(Caller.presentsCredentials(withToken)).isTrue();
        assertThat(Caller.inAnyRole(security(Set.of(Roles.ADMIN)), withToken, Roles.EDITOR, Roles.ADMIN)).isTrue();
        assertThat(Caller.inAnyRole(security(Set.of(Roles.PARTNER)), withToken, Roles.EDITOR, Roles.ADMIN)).isFalse();
    }

    private static HttpServerRequest request(String authorization) {
        return (HttpServerRequest) Proxy.newProxyInstance(CallerTest.class.getClassLoader(), new Class<?>[] { HttpServerRequest.class },
                (proxy, method, args) -> {
                    if (method.getName().equals("getHeader") && "Authorization".equalsIgnoreCase(args[0].toString())) {
                        return authorization;
                    }
                    throw new AssertionError("not expected: " + method);
                });
    }

    /** A security context whose roles are these; with none, asking it at all fails the test. */
    private static SecurityContext security(Set<String> roles) {
        return (SecurityContext) Proxy.newProxyInstance(CallerTest.class.getClassLoader(), new Class<?>[] { SecurityContext.class },
                (proxy, method, args) -> {
                    if (roles == null) {
                        throw new AssertionError("the identity was asked for: " + method);
                    }
                    if (method.getName().equals("isUserInRole")) {
                        return roles.contains((String) args[0]);
                    }
                    throw new AssertionError("not expected: " + method);
                });
    }
}
