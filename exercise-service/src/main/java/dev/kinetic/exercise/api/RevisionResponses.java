package dev.kinetic.exercise.api;

import java.util.function.Supplier;

import org.jboss.resteasy.reactive.RestResponse;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import dev.kinetic.exercise.domain.CatalogSnapshot;
import dev.kinetic.platform.cache.AskedBefore;
import dev.kinetic.platform.http.ContentCodings;
import dev.kinetic.platform.json.CompressedJson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;

/**
 * Responses that depend only on the catalog (a filtered page, a search), kept for as long as the catalog revision
 * they were computed from is current: the same question against the same revision has the same answer on every
 * replica, so nothing here can be stale. A newer revision starts an empty generation.
 * <p>
 * Answers are held gzip-compressed and bounded by their bytes ({@value #MAX_BYTES}), not their number: a search
 * answer is about 20 KB of JSON and a page of the list twice that, so two thousand of them plain were most of the
 * heap, and every full collection had to walk them. Compressed they are a quarter of that, and a client that takes
 * gzip (every browser and common HTTP client) gets those bytes as they are; any other gets the JSON inflated.
 * <p>
 * The bound holds about 1,400 search answers: room for the questions readers ask again and again, not for every
 * question ever asked. Caffeine admits by frequency only once the bound is reached, so twice that filled with
 * queries asked once and never again, live data that made every full collection longer; half of it could not hold
 * the often-asked ones, which then took turns being evicted, each one promoted and left as old garbage.
 * <p>
 * An answer is held only when its question comes back ({@link AskedBefore}): a first ask is answered and not held.
 * Caffeine's admission decides after the answer is in the cache, so every question asked once (a third of searches
 * are new) was held until its eviction: copied by each young collection it lived through, then promoted as garbage.
 */
@ApplicationScoped
public class RevisionResponses {

    static final long MAX_BYTES = 8L * 1024 * 1024;

    private record Generation(long revision, Cache<Object, byte[]> responses) {
    }

    private volatile Generation current = new Generation(Long.MIN_VALUE, newCache());
    /**
     * Across revisions: a question asked at the revision before is as likely to come back at this one, and a
     * revision (every catalog write) is not worth two new filters.
     */
    private final AskedBefore askedBefore = new AskedBefore();

    /**
     * The answer to {@code question} at the snapshot's revision as a JSON response, computed when not held (and held
     * once the question has been asked before, at this revision or an earlier one): gzip-coded for a client whose
     * {@code Accept-Encoding} takes gzip, plain otherwise. A {@code RestResponse} of bytes, so that its writer and
     * media type are chosen once at build time rather than looked up for every answer (the operation produces JSON).
     */
    public RestResponse<byte[]> respond(CatalogSnapshot snapshot, Object question, Supplier<byte[]> answer, String acceptEncoding) {
        RestResponse.ResponseBuilder<byte[]> response = RestResponse.ResponseBuilder.<byte[]>ok()
                .header(HttpHeaders.VARY, ContentCodings.ACCEPT_ENCODING);
        Generation generation = generationFor(snapshot.revision());
        boolean takesGzip = ContentCodings.chosen(acceptEncoding, ContentCodings.GZIP).isPresent();
        if (generation == null) {
            return answered(response, answer.get(), takesGzip); // a reader still holding an older snapshot: keep nothing
        }
        byte[] held = generation.responses().getIfPresent(question);
        if (held == null && !askedBefore.noteAndCheck(question)) {
            return answered(response, answer.get(), takesGzip); // asked for the first time: answered, not held
        }
        // One computation per question at a time: right after a new revision, readers of the same question wait
        // for the first rather than all computing it at once.
        byte[] gzip = held != null ? held : generation.responses().get(question, q -> CompressedJson.gzip(answer.get()));
        // the JSON's bytes, sent as they are, to a client that does not take gzip
        return takesGzip ? gzipped(response, gzip) : response.entity(CompressedJson.gunzip(gzip)).build();
    }

    /** An answer not held: compressed only for a client that takes gzip. */
    private static RestResponse<byte[]> answered(RestResponse.ResponseBuilder<byte[]> response, byte[] json, boolean takesGzip) {
        return takesGzip ? gzipped(response, CompressedJson.gzip(json)) : response.entity(json).build();
    }

    private static RestResponse<byte[]> gzipped(RestResponse.ResponseBuilder<byte[]> response, byte[] gzip) {
        return response.header(ContentCodings.CONTENT_ENCODING, ContentCodings.GZIP).entity(gzip).build();
    }

    /** The bytes held for the current revision (after pending evictions): for tests of the bound. */
    long heldBytes() {
        Cache<Object, byte[]> responses = current.responses();
        responses.cleanUp();
        return responses.policy().eviction().orElseThrow().weightedSize().orElseThrow();
    }

    private Generation generationFor(long revision) {
        Generation generation = current;
        if (generation.revision() == revision) {
            return generation;
        }
        synchronized (this) {
            if (current.revision() < revision) {
                current = new Generation(revision, newCache());
            }
            return current.revision() == revision ? current : null;
        }
    }

    private static Cache<Object, byte[]> newCache() {
        return Caffeine.newBuilder().maximumWeight(MAX_BYTES).weigher((Object question, byte[] gzip) -> gzip.length).build();
    }
}
