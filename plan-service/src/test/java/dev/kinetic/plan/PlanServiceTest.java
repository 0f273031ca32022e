package dev.kinetic.plan;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import dev.kinetic.platform.testing.KineticTestInfrastructure;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * plan-service on real PostgreSQL and Kafka, its catalog bootstrapped from a stand-in for
 * exercise-service's snapshot; all its ITs share one application instance.
 */
@Target(TYPE)
@Retention(RUNTIME)
@QuarkusTest
@WithTestResource(value = KineticTestInfrastructure.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "database", value = "plan"))
@WithTestResource(value = CatalogSnapshotServer.class, scope = TestResourceScope.MATCHING_RESOURCES)
public @interface PlanServiceTest {
}
