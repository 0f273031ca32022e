package dev.kinetic.platform.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import dev.kinetic.platform.fixture.AuthFailureProbe;
import dev.kinetic.platform.fixture.PlatformFixtureTest;

/**
 * Every request reaches the application with {@link AuthFailureRoutes}' handler, so Quarkus REST never matched it
 * against all resources beforehand; and that handler still fails the request with the authentication's failure, which
 * is answered as the problem it is.
 */
@PlatformFixtureTest
class AuthFailureRoutesIT {

    @Test
    void aRequestCarriesTheHandlerThatNamesItsRouteOnlyOnFailure() {
        given().get(AuthFailureProbe.HANDLER).then().statusCode(200)
                .body(equalTo(AuthFailureRoutes.FAILED.getClass().getName()));
    }

    @Test
    void aFailedAuthenticationIsAnsweredAsAnUnauthorizedProblem() {
        given().get(AuthFailureProbe.FAIL).then().statusCode(401).contentType("application/problem+json")
                .body("type", endsWith("/unauthorized"));
    }
}
