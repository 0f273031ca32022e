package dev.kinetic.platform.testing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.net.URL;

import org.junit.jupiter.api.Test;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.common.http.TestHTTPResource;
import jakarta.enterprise.inject.spi.CDI;

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

    /**
     * At Quarkus's shutdown event a service stops starting scheduled jobs: Quarkus stops its scheduler only as it destroys
     * the beans, and a job started in between ran against a closed database or beans brought back in a container going
     * down. Only the platform's observer is told here (the service's other observers would stop its consumers); the
     * scheduler is resumed after, so the rest of the tests run as before.
     */
    @Test
    void scheduledJobsStopWhenTheServiceBeginsToStop() {
        var beans = CDI.current().getBeanManager();
        var stopFirst = beans.resolveObserverMethods(new ShutdownEvent()).stream()
                .filter(observer -> observer.getBeanClass().getName().equals("dev.kinetic.platform.scheduling.ScheduledJobsStopFirst"))
                .toList();
        assertThat(stopFirst).as("the platform's observer of the shutdown").hasSize(1);
        var scheduler = CDI.current().select(Scheduler.class);
        if (scheduler.isUnsatisfied()) {
            stopFirst.get(0).notify(new ShutdownEvent()); // no scheduler: nothing to pause, no failure
            return;
        }
        assertThat(scheduler.get().isRunning()).as("the scheduler before the stop").isTrue();
        try {
            stopFirst.get(0).notify(new ShutdownEvent());
            assertThat(scheduler.get().isRunning()).as("the scheduler once the stop begins").isFalse();
        } finally {
            scheduler.get().resume();
        }
    }

    @Test
    void keepsTheArchitectureRules() {
        KineticArchitecture.check(KineticArchitecture.productionClasses(servicePackage()));
    }
}
