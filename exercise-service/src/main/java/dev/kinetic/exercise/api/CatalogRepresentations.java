package dev.kinetic.exercise.api;

import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.kinetic.exercise.domain.CatalogSnapshot;
import dev.kinetic.exercise.domain.Exercise;
import dev.kinetic.exercise.domain.ExerciseMatch;
import dev.kinetic.platform.paging.Page;
import dev.kinetic.platform.json.Json;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The JSON of every exercise, serialised once per catalog revision. Reads are the catalog's hot
 * path and its documents are large, so pages are assembled from these cached fragments instead
 * of serialising the same exercises again on every request.
 */
@ApplicationScoped
public class CatalogRepresentations {

    private final ObjectMapper mapper;
    private volatile Cached cached;

    public CatalogRepresentations(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    private record Cached(long revision, Map<String, String> json) {
    }

    /** The exercise as JSON (an {@link ExerciseView}). */
    public String exercise(CatalogSnapshot snapshot, Exercise exercise) {
        return of(snapshot).json().get(exercise.slug());
    }

    /** A page as JSON, assembled from the cached fragments (documented as {@link ExercisePage}). */
    public String page(CatalogSnapshot snapshot, Page<ExerciseMatch> page) {
        Map<String, String> fragments = of(snapshot).json();
        StringBuilder out = new StringBuilder(512 + page.items().size() * 2048).append("{\"items\":[");
        for (int i = 0; i < page.items().size(); i++) {
            ExerciseMatch match = page.items().get(i);
            out.append(i == 0 ? "" : ",").append("{\"exercise\":").append(fragments.get(match.exercise().slug()));
            if (match.caution().isPresent()) {
                var c = match.caution().get();
                out.append(",\"caution\":").append(json(new ContraindicationDto(c.condition().slug(), c.severity().slug(), c.reason())));
            }
            out.append('}');
        }
        return out.append("],\"page\":").append(page.page())
                .append(",\"size\":").append(page.size())
                .append(",\"total\":").append(page.total())
                .append('}').toString();
    }

    private Cached of(CatalogSnapshot snapshot) {
        Cached current = cached;
        if (current != null && current.revision() == snapshot.revision()) {
            return current;
        }
        Map<String, String> json = new HashMap<>();
        for (Exercise exercise : snapshot.all()) {
            json.put(exercise.slug(), json(ExerciseMapper.toView(exercise)));
        }
        current = new Cached(snapshot.revision(), Map.copyOf(json));
        cached = current;
        return current;
    }

    /** Any response body as JSON, with the application's mapper. */
    public String json(Object value) {
        return Json.write(mapper, value);
    }
}
