package dev.kinetic.plan.persistence;

import java.util.UUID;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Plan version documents as JSON, kept in memory. A version is never changed once written (a change
 * makes the next version), so an entry can never be stale on any replica; which version is current
 * is still read from the database. Bounded by size: about {@value #MAX_CHARACTERS} characters
 * (a 4-week plan is about 41,000).
 */
@ApplicationScoped
public class VersionDocuments {

    static final long MAX_CHARACTERS = 16_000_000;

    private record Key(UUID plan, int version) {
    }

    private final Cache<Key, String> documents = Caffeine.newBuilder().maximumWeight(MAX_CHARACTERS)
            .<Key, String>weigher((key, json) -> json.length()).build();

    /** The document of {@code version} of {@code plan}, loaded once when not held. */
    public String get(UUID plan, int version, Supplier<String> load) {
        return documents.get(new Key(plan, version), key -> load.get());
    }
}
