package dev.kinetic.platform;

import dev.kinetic.platform.fixture.PlatformFixtureTest;
import dev.kinetic.platform.testing.ServiceBootContract;

@PlatformFixtureTest
class PlatformBootIT extends ServiceBootContract {

    @Override
    protected String servicePackage() {
        return "dev.kinetic.platform";
    }
}
