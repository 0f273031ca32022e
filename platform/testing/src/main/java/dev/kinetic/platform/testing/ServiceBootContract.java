package dev.kinetic.platform.testing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.net.URL;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;

/**
 * What every service must do from its first day: boot on real PostgreSQL and Kafka with its
 * database migrated, report health, metrics and OpenAPI on the management interface, answer
 * unknown paths with problem+json, and keep to the architecture rules. Extend it with a
 * {@code @QuarkusTest} class per service.
 */
public abstract class ServiceBootContract {

    @TestHTTPResource(value = "health/ready", management = true)
    URL ready;

    @TestHTTPResource(value = "health/live", management = true)
    URL live;

    @TestHTTPResource(value = "health/started", management = true)
    URL started;

    @TestHTTPResource(value = "metrics", management = true)
    URL metrics;

    @TestHTTPResource(value = "openapi", management = true)
    URL openapi;

    /** The service's root package, e.g. {@code dev.kinetic.exercise}. */
    protected abstract String servicePackage();

    @Test
    void readyOnceDatabaseAndBrokerAnswer() {
        given().get(ready).then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")))
                .body("checks.name", hasItem(containsString("Kafka")));
        given().get(started).then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void livenessDependsOnNoInfrastructure() {
        given().get(live).then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", org.hamcrest.Matchers.not(hasItem(containsString("Kafka"))))
                .body("checks.name", org.hamcrest.Matchers.not(hasItem(containsString("Database"))));
    }

    @Test
    void prometheusMetricsIncludeTheOutboxRelay() {
        given().get(metrics).then().statusCode(200).body(containsString("kinetic_outbox_published"));
    }

    @Test
    void openApiDocumentIsServed() {
        given().accept("application/json").get(openapi).then().statusCode(200).body("openapi", org.hamcrest.Matchers.startsWith("3."));
    }

    @Test
    void unknownPathIsAProblem() {
        given().get("/api/v1/definitely-not-here").then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("https://kinetic.dev/problems/not-found"));
    }

    @Test
    void bearerTokensAreVerifiedOnceThroughThePlatformsParser() throws ClassNotFoundException {
        // By name: this module does not depend on SmallRye JWT, the services under test do.
        Class<?> parser = Class.forName("io.smallrye.jwt.auth.principal.JWTParser", false, Thread.currentThread().getContextClassLoader());
        var beans = jakarta.enterprise.inject.spi.CDI.current().getBeanManager();
        assertEquals("dev.kinetic.platform.security.VerifiedTokens", beans.resolve(beans.getBeans(parser)).getBeanClass().getName());
    }

    @Test
    void keepsTheArchitectureRules() {
        KineticArchitecture.check(KineticArchitecture.productionClasses(servicePackage()));
    }
}
