package dev.kinetic.content;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import dev.kinetic.platform.testing.KineticTestInfrastructure;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** content-service on real PostgreSQL and Kafka; all its ITs share one application instance. */
@Target(TYPE)
@Retention(RUNTIME)
@QuarkusTest
@WithTestResource(value = KineticTestInfrastructure.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "database", value = "content"))
public @interface ContentServiceTest {
}
