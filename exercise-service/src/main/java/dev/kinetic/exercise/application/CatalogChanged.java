package dev.kinetic.exercise.application;

/** Fired in a transaction that changed the catalog; observed after commit to refresh the cache. */
public record CatalogChanged() {
}
