package dev.kinetic.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;

class CallerTest {

    @Test
    void anAnonymousRequestHoldsNoRoleAndItsIdentityIsNotAskedFor() {
        CurrentIdentityAssociation mustNotBeAsked = identities(null);

        assertThat(Caller.presentsCredentials(request(null))).isFalse();
        assertThat(Caller.inAnyRole(mustNotBeAsked, request(null), Roles.EDITOR, Roles.ADMIN)).isFalse();
    }

    @Test
    void aRequestWithATokenHoldsTheRolesItsIdentityHas() {
        HttpServerRequest withToken = request("Bearer abc");

        assertThat(Caller.presentsCredentials(withToken)).isTrue();
        assertThat(Caller.inAnyRole(identities(Set.of(Roles.ADMIN)), withToken, Roles.EDITOR, Roles.ADMIN)).isTrue();
        assertThat(Caller.inAnyRole(identities(Set.of(Roles.PARTNER)), withToken, Roles.EDITOR, Roles.ADMIN)).isFalse();
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

    /** The association of a request whose identity holds these roles; with none, asking it at all fails the test. */
    private static CurrentIdentityAssociation identities(Set<String> roles) {
        SecurityIdentity identity = (SecurityIdentity) Proxy.newProxyInstance(CallerTest.class.getClassLoader(),
                new Class<?>[] { SecurityIdentity.class }, (proxy, method, args) -> {
                    if (method.getName().equals("hasRole")) {
                        return roles.contains((String) args[0]);
                    }
                    throw new AssertionError("not expected: " + method);
                });
        return (CurrentIdentityAssociation) Proxy.newProxyInstance(CallerTest.class.getClassLoader(),
                new Class<?>[] { CurrentIdentityAssociation.class }, (proxy, method, args) -> {
                    if (roles == null) {
                        throw new AssertionError("the identity was asked for: " + method);
                    }
                    if (method.getName().equals("getIdentity")) {
                        return identity;
                    }
                    throw new AssertionError("not expected: " + method);
                });
    }
}
