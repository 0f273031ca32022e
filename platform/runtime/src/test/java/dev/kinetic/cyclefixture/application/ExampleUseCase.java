package dev.kinetic.cyclefixture.application;

import dev.kinetic.cyclefixture.api.ExampleRequest;

/** Test fixture: a use case that takes the API's record, closing a cycle. */
public class ExampleUseCase {

    public String run(ExampleRequest request) {
        return request.value();
    }
}
