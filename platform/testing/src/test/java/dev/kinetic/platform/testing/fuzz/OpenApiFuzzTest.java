package dev.kinetic.platform.testing.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OpenApiFuzzTest {

    @Test
    void internalsAreRecognisedInAnAnswer() {
        assertThat(OpenApiFuzz.INTERNALS.matcher("Cannot deserialize value of type `java.lang.Integer`").find()).isTrue();
        assertThat(OpenApiFuzz.INTERNALS.matcher("(class dev.kinetic.plan.api.CreatePlanRequest)").find()).isTrue();
        assertThat(OpenApiFuzz.INTERNALS.matcher("java.lang.IllegalStateException: boom").find()).isTrue();
        assertThat(OpenApiFuzz.INTERNALS.matcher("\tat dev.kinetic.Foo.bar(Foo.java:12)").find()).isTrue();
        assertThat(OpenApiFuzz.INTERNALS.matcher("ERROR: duplicate key value violates unique constraint \"widget_pkey\"").find()).isTrue();
        assertThat(OpenApiFuzz.INTERNALS.matcher("SQLSTATE 22021").find()).isTrue();
    }

    @Test
    void ordinaryAnswersAreNotMistakenForInternals() {
        assertThat(OpenApiFuzz.INTERNALS.matcher("{\"field\":\"sets\",\"message\":\"must be between 1 and 10\"}").find()).isFalse();
        assertThat(OpenApiFuzz.INTERNALS.matcher("Glute bridges help. See https://kinetic.dev/problems/not-found").find()).isFalse();
        assertThat(OpenApiFuzz.INTERNALS.matcher("an error in the request: expected an integer").find()).isFalse();
    }
}
