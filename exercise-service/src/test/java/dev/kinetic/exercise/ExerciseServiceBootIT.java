package dev.kinetic.exercise;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.net.URL;

import org.junit.jupiter.api.Test;

import dev.kinetic.platform.testing.ServiceBootContract;
import io.quarkus.test.common.http.TestHTTPResource;

@ExerciseServiceTest
class ExerciseServiceBootIT extends ServiceBootContract {

    @TestHTTPResource(value = "health/ready", management = true)
    URL readiness;

    @Override
    protected String servicePackage() {
        return "dev.kinetic.exercise";
    }

    /** The public reads answer from the catalog in memory without waiting for the database: ready once it is loaded. */
    @Test
    void readyOnceTheCatalogIsInMemory() {
        given().get(readiness).then().statusCode(200).body("checks.find { it.name == 'catalog' }.status", equalTo("UP"));
    }
}
