package dev.kinetic.cyclefixture.api;

import dev.kinetic.cyclefixture.application.ExampleUseCase;

/** Test fixture: a resource and a use case that depend on each other. */
public class ExampleResource {

    public String handle() {
        return new ExampleUseCase().run(new ExampleRequest("x"));
    }
}
