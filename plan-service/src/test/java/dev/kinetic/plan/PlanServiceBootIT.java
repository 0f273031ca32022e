package dev.kinetic.plan;

import dev.kinetic.platform.testing.ServiceBootContract;

@PlanServiceTest
class PlanServiceBootIT extends ServiceBootContract {

    @Override
    protected String servicePackage() {
        return "dev.kinetic.plan";
    }
}
