package dev.kinetic.exercise;

import dev.kinetic.platform.testing.KineticTestInfrastructure;
import dev.kinetic.platform.testing.ServiceBootContract;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = KineticTestInfrastructure.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "database", value = "exercise"))
class ExerciseServiceBootIT extends ServiceBootContract {

    @Override
    protected String servicePackage() {
        return "dev.kinetic.exercise";
    }
}
