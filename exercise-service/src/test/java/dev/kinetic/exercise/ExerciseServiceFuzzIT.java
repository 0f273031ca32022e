package dev.kinetic.exercise;

import java.util.Map;

import dev.kinetic.platform.testing.fuzz.ServiceFuzzContract;

@ExerciseServiceTest
class ExerciseServiceFuzzIT extends ServiceFuzzContract {

    @Override
    protected String service() {
        return "exercise-service";
    }

    @Override
    protected Map<String, String> hints() {
        return Map.of("slug", "glute-bridge", "format", "kinetic", "muscle", "glutes", "equipment", "mini-band");
    }
}
