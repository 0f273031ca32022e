package dev.kinetic.plan.api;

import java.util.UUID;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import dev.kinetic.plan.application.PlanDocument;
import dev.kinetic.platform.json.CompressedJson;
import dev.kinetic.platform.json.Json;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Plan versions as the API serves them to reads, rendered once per version: a version never changes once written,
 * so a rendering is never stale, and reads (the hot path) do not map and serialise the same document again. A new
 * plan is not held here: its creation is answered with the document as stored, and holding each new plan for reads
 * that seldom follow churned the old generation. Bounded by size, about {@value #MAX_BYTES} bytes.
 * <p>
 * A rendering is held as the UTF-8 bytes an answer's body is: held as a string, every read by a client that does not
 * take a compressed answer encoded the whole document again (a copy of 20-60 KB per read).
 */
@ApplicationScoped
public class PlanViews {

    static final long MAX_BYTES = 16_000_000;
    /** The same versions compressed (a tenth of the size, framed twice): about {@value #MAX_COMPRESSED_BYTES} bytes. */
    static final long MAX_COMPRESSED_BYTES = 12_000_000;

    private record Key(UUID plan, int version) {
    }

    private final ObjectMapper mapper;
    private final Cache<Key, byte[]> rendered = Caffeine.newBuilder().maximumWeight(MAX_BYTES)
            .<Key, byte[]>weigher((key, json) -> json.length).build();
    private final Cache<Key, CompressedJson> compressed = Caffeine.newBuilder().maximumWeight(MAX_COMPRESSED_BYTES)
            .<Key, CompressedJson>weigher((key, bytes) -> bytes.size()).build();

    public PlanViews(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /**
     * The API's JSON of {@code document}, rendered without being held: for the answer to a plan's creation, which the
     * plan's later reads do not share (a new plan's compressed answer is the stored document, {@code PlanViewRenderingTest}).
     */
    public byte[] unheld(PlanDocument document) {
        return render(() -> document);
    }

    /**
     * The API's JSON (UTF-8) of {@code version} of {@code plan}, rendered from {@code document} when not held. The
     * array is the one held: it is an answer's body, and nothing may write to it.
     */
    public byte[] json(UUID plan, int version, Supplier<PlanDocument> document) {
        return rendered.get(new Key(plan, version), key -> render(document));
    }

    /**
     * The same JSON compressed (for HTTP's gzip and deflate codings), once per version. A rendering made only to
     * be compressed is not held plain as well: a client that takes a coding does not ask for the plain one.
     */
    public CompressedJson compressed(UUID plan, int version, Supplier<PlanDocument> document) {
        return compressed.get(new Key(plan, version), key -> {
            byte[] held = rendered.getIfPresent(key);
            return CompressedJson.of(held != null ? held : render(document));
        });
    }

    /** The JSON of that version if it is held (rendered for an earlier read); null otherwise. */
    public byte[] heldJson(UUID plan, int version) {
        return rendered.getIfPresent(new Key(plan, version));
    }

    /** The compressed JSON of that version if it is held; null otherwise. */
    public CompressedJson heldCompressed(UUID plan, int version) {
        return compressed.getIfPresent(new Key(plan, version));
    }

    private byte[] render(Supplier<PlanDocument> document) {
        return Json.bytes(mapper, PlanView.of(document.get()));
    }
}
