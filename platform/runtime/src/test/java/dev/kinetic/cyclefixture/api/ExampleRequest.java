package dev.kinetic.cyclefixture.api;

/** Test fixture: an API record a use case should not take. */
public record ExampleRequest(String value) {
}
