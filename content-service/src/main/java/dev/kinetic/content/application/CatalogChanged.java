package dev.kinetic.content.application;

/** Fired in the transaction that changed the catalog read model; observed after commit. */
public record CatalogChanged() {
}
