package dev.kinetic.exercise.application;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import dev.kinetic.exercise.domain.CatalogSnapshot;
import dev.kinetic.exercise.domain.Exercise;
import dev.kinetic.exercise.domain.Review;
import dev.kinetic.exercise.domain.FreeExerciseDbTranslator;
import dev.kinetic.exercise.domain.FreeExerciseRecord;
import dev.kinetic.exercise.domain.InvalidExerciseException;
import dev.kinetic.exercise.domain.Translation;
import dev.kinetic.platform.problem.JsonProblems;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Imports a file of exercises, in Kinetic's own format or free-exercise-db's. Every record is
 * checked on its own and rejected with a reason when it cannot be imported; the accepted ones
 * are written together (or only reported, in a dry run). Re-importing the same file changes nothing.
 */
@ApplicationScoped
public class ExerciseImporter {

    public enum Format {
        KINETIC("kinetic"), FREE_EXERCISE_DB("free-exercise-db");

        private final String slug;

        Format(String slug) {
            this.slug = slug;
        }

        public String slug() {
            return slug;
        }

        public static Optional<Format> of(String slug) {
            for (Format f : values()) {
                if (f.slug.equals(slug)) {
                    return Optional.of(f);
                }
            }
            return Optional.empty();
        }
    }

    /** Reads import records of any format; lenient per record: one record's wrong field type must not sink the file. */
    public static final ObjectMapper RECORDS = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final UpsertExercises editor;
    private final CatalogCache cache;
    private final KineticFormat kinetic;
    private final FreeExerciseDbTranslator translator = new FreeExerciseDbTranslator();

    public ExerciseImporter(UpsertExercises editor, CatalogCache cache, KineticFormat kinetic) {
        this.editor = editor;
        this.cache = cache;
        this.kinetic = kinetic;
    }

    public ImportReport importAll(JsonNode records, Format format, boolean dryRun, String editorName) {
        long start = System.nanoTime();
        Map<Integer, ImportReport.Item> items = new LinkedHashMap<>();
        Map<Integer, Exercise> accepted = new LinkedHashMap<>();
        Map<Integer, List<String>> notes = new LinkedHashMap<>();
        Set<String> slugsSeen = new HashSet<>();
        for (int i = 0; i < records.size(); i++) {
            JsonNode record = records.get(i);
            String sourceId = sourceId(record, format);
            Translation translation = translate(record, format);
            if (translation instanceof Translation.Rejected rejected) {
                items.put(i, new ImportReport.Item(i, sourceId, null, "rejected", null, rejected.reason(), List.of()));
            } else if (translation instanceof Translation.Translated translated) {
                Exercise exercise = translated.exercise();
                if (!slugsSeen.add(exercise.slug())) {
                    items.put(i, new ImportReport.Item(i, sourceId, exercise.slug(), "rejected", null,
                            "the file has another record for '" + exercise.slug() + "'", List.of()));
                } else {
                    accepted.put(i, exercise);
                    notes.put(i, translated.notes());
                }
            }
        }
        rejectDanglingLinks(accepted, items);

        List<UpsertExercises.Outcome> outcomes = accepted.isEmpty() ? List.of()
                : editor.upsertAll(accepted.values(), editorName, dryRun, Review.UNREVIEWED);
        int next = 0;
        for (Map.Entry<Integer, Exercise> entry : accepted.entrySet()) {
            UpsertExercises.Outcome outcome = outcomes.get(next++);
            int index = entry.getKey();
            items.put(index, new ImportReport.Item(index, sourceId(records.get(index), format), outcome.slug(),
                    outcome.kind().name().toLowerCase(Locale.ROOT), outcome.version(), null,
                    notes.get(index)));
        }
        List<ImportReport.Item> ordered = new ArrayList<>(new TreeMap<>(items).values());
        return new ImportReport(format.slug(), dryRun, records.size(), count(ordered, "created"), count(ordered, "updated"),
                count(ordered, "unchanged"), count(ordered, "rejected"), (System.nanoTime() - start) / 1_000_000, ordered);
    }

    /** The record's own id in its file: the slug of a Kinetic record, the id of a free-exercise-db one. */
    private static String sourceId(JsonNode record, Format format) {
        return record.path(format == Format.KINETIC ? "slug" : "id").asText(null);
    }

    private Translation translate(JsonNode record, Format format) {
        if (!record.isObject()) {
            return new Translation.Rejected(null, "not a JSON object");
        }
        if (format == Format.KINETIC) {
            return kinetic.translate(record);
        }
        try {
            return translator.translate(RECORDS.treeToValue(record, FreeExerciseRecord.class));
        } catch (JsonProcessingException e) {
            return new Translation.Rejected(record.path("id").asText(null), "unreadable record: " + JsonProblems.describe(e));
        } catch (InvalidExerciseException e) {
            return new Translation.Rejected(record.path("slug").asText(null), e.getMessage());
        }
    }

    /** A ladder link must point at an exercise in the catalog or in the accepted part of this file. */
    private void rejectDanglingLinks(Map<Integer, Exercise> accepted, Map<Integer, ImportReport.Item> items) {
        CatalogSnapshot catalog = cache.current();
        boolean removed = true;
        while (removed) {
            removed = false;
            Set<String> acceptedSlugs = new HashSet<>();
            accepted.values().forEach(e -> acceptedSlugs.add(e.slug()));
            for (var it = accepted.entrySet().iterator(); it.hasNext();) {
                var entry = it.next();
                Exercise e = entry.getValue();
                for (String link : new String[] { e.regression(), e.progression() }) {
                    if (link != null && !acceptedSlugs.contains(link) && catalog.find(link).isEmpty()) {
                        items.put(entry.getKey(), new ImportReport.Item(entry.getKey(), e.slug(), e.slug(), "rejected", null,
                                "links to '" + link + "', which is neither in the catalog nor accepted in this file", List.of()));
                        it.remove();
                        removed = true;
                        break;
                    }
                }
            }
        }
    }

    private static int count(List<ImportReport.Item> items, String outcome) {
        return (int) items.stream().filter(i -> i.outcome().equals(outcome)).count();
    }
}
