package dev.kinetic.content.catalog;

/** Fired in the transaction that changed the catalog read model; observed after commit. */
public record CatalogChanged() {
}
