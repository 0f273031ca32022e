package dev.kinetic.exercise;

import dev.kinetic.platform.testing.ServiceBootContract;

@ExerciseServiceTest
class ExerciseServiceBootIT extends ServiceBootContract {

    @Override
    protected String servicePackage() {
        return "dev.kinetic.exercise";
    }
}
