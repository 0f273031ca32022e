package dev.kinetic.content;

import dev.kinetic.platform.testing.ServiceBootContract;

@ContentServiceTest
class ContentServiceBootIT extends ServiceBootContract {

    @Override
    protected String servicePackage() {
        return "dev.kinetic.content";
    }
}
