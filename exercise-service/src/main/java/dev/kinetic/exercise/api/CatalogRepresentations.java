package dev.kinetic.exercise.api;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.kinetic.exercise.domain.CatalogSnapshot;
import dev.kinetic.exercise.domain.Exercise;
import dev.kinetic.exercise.domain.ExerciseMatch;
import dev.kinetic.exercise.domain.ExerciseSearch;
import dev.kinetic.platform.json.Json;
import dev.kinetic.platform.paging.Page;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The JSON of every exercise, serialised once per catalog revision. Reads are the catalog's hot
 * path and its documents are large, so pages are assembled from these cached fragments instead
 * of serialising the same exercises again on every request. Fragments and answers are the UTF-8
 * bytes sent: held as strings, each reader's answer was encoded again on its way out.
 */
@ApplicationScoped
public class CatalogRepresentations {

    private final ObjectMapper mapper;
    private volatile Cached cached;

    public CatalogRepresentations(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    private record Cached(long revision, Map<String, byte[]> json) {
    }

    /** The exercise as JSON (an {@link ExerciseView}); the array is shared, so callers only send it. */
    public byte[] exercise(CatalogSnapshot snapshot, Exercise exercise) {
        return of(snapshot).json().get(exercise.slug());
    }

    /** A page as JSON, assembled from the cached fragments (documented as {@link ExercisePage}). */
    public byte[] page(CatalogSnapshot snapshot, Page<ExerciseMatch> page) {
        Map<String, byte[]> fragments = of(snapshot).json();
        ByteArrayOutputStream out = new ByteArrayOutputStream(512 + page.items().size() * 2048);
        ascii(out, "{\"items\":[");
        for (int i = 0; i < page.items().size(); i++) {
            ExerciseMatch match = page.items().get(i);
            ascii(out, i == 0 ? "{\"exercise\":" : ",{\"exercise\":");
            out.writeBytes(fragments.get(match.exercise().slug()));
            if (match.caution().isPresent()) {
                var c = match.caution().get();
                ascii(out, ",\"caution\":");
                out.writeBytes(json(new ContraindicationDto(c.condition().slug(), c.severity().slug(), c.reason())));
            }
            out.write('}');
        }
        ascii(out, "],\"page\":" + page.page() + ",\"size\":" + page.size() + ",\"total\":" + page.total() + "}");
        return out.toByteArray();
    }

    /**
     * A search's answer (a {@link SearchResult}) assembled from the held exercises: an answer nobody asked before is a
     * third of the searches in the benchmark's mix, and serialising each hit's view again was as much of an exercise
     * search's CPU as finding the hits. The score is rounded to three decimals, as documented.
     */
    public byte[] search(CatalogSnapshot snapshot, String query, List<ExerciseSearch.Found> found) {
        Map<String, byte[]> fragments = of(snapshot).json();
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 + found.size() * 2048);
        ascii(out, "{\"query\":");
        out.writeBytes(json(query));
        ascii(out, ",\"hits\":[");
        for (int i = 0; i < found.size(); i++) {
            ascii(out, i == 0 ? "{\"exercise\":" : ",{\"exercise\":");
            out.writeBytes(fragments.get(found.get(i).exercise().slug()));
            ascii(out, ",\"score\":");
            out.writeBytes(json(SearchResult.Hit.rounded(found.get(i).score())));
            out.write('}');
        }
        ascii(out, "]}");
        return out.toByteArray();
    }

    private static void ascii(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.US_ASCII));
    }

    private Cached of(CatalogSnapshot snapshot) {
        Cached current = cached;
        if (current != null && current.revision() == snapshot.revision()) {
            return current;
        }
        Map<String, byte[]> json = new HashMap<>();
        for (Exercise exercise : snapshot.all()) {
            json.put(exercise.slug(), json(ExerciseMapper.toView(exercise)));
        }
        current = new Cached(snapshot.revision(), Map.copyOf(json));
        cached = current;
        return current;
    }

    /** Any response body as JSON (UTF-8), with the application's mapper. */
    public byte[] json(Object value) {
        return Json.bytes(mapper, value);
    }
}
