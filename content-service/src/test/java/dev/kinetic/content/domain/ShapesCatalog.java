package dev.kinetic.content.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A catalog of the shape exercise-service publishes: names, aliases and names in other languages. */
final class ShapesCatalog {

    private ShapesCatalog() {
    }

    private static CatalogVocabulary.ExerciseTerm exercise(String slug, String name, String aliases, Map<String, List<String>> names) {
        return new CatalogVocabulary.ExerciseTerm(slug, name, new LinkedHashSet<>(Arrays.asList(aliases.split(";"))),
                Set.of("gluteus-maximus"), Set.of(), "beginner", true, names, true);
    }

    static CatalogVocabulary catalog() {
        List<CatalogVocabulary.ExerciseTerm> e = new ArrayList<>();
        e.add(exercise("glute-bridge", "Glute bridge", "hip bridge;bridge", Map.of("fr", List.of("Pont fessier"),
                "de", List.of("Beckenheben", "Gesäßbrücke"), "es", List.of("Puente de glúteos"))));
        e.add(exercise("single-leg-glute-bridge", "Single-leg glute bridge", "single leg bridge", Map.of()));
        e.add(exercise("banded-glute-bridge", "Banded glute bridge", "band bridge", Map.of()));
        e.add(exercise("hip-thrust", "Hip thrust", "bench hip thrust", Map.of()));
        e.add(exercise("clamshell", "Clamshell", "clams;clam", Map.of("es", List.of("Almeja"))));
        e.add(exercise("side-plank", "Side plank", "lateral plank", Map.of("fr", List.of("Planche latérale"), "de", List.of("Seitstütz"),
                "es", List.of("Plancha lateral"))));
        e.add(exercise("forearm-plank", "Forearm plank", "plank;front plank", Map.of("es", List.of("Plancha"), "fr", List.of("Planche"))));
        e.add(exercise("bird-dog", "Bird dog", "bird dogs", Map.of()));
        e.add(exercise("dead-bug", "Dead bug", "dead bugs", Map.of()));
        e.add(exercise("cat-cow", "Cat-cow", "cat cow", Map.of("de", List.of("Katze-Kuh"))));
        e.add(exercise("calf-raise", "Calf raise", "heel raise;calf raises", Map.of("de", List.of("Wadenheben"))));
        e.add(exercise("split-squat", "Split squat", "static lunge", Map.of()));
        e.add(exercise("box-squat", "Box squat", "sit to stand;chair squat", Map.of()));
        e.add(exercise("goblet-squat", "Goblet squat", "goblet squats", Map.of()));
        e.add(exercise("bodyweight-squat", "Bodyweight squat", "squat;squats", Map.of("es", List.of("Sentadilla"))));
        e.add(exercise("reverse-lunge", "Reverse lunge", "lunge;lunges", Map.of()));
        e.add(exercise("side-lying-hip-abduction", "Side-lying hip abduction", "side-lying leg raise;side-lying leg lift", Map.of()));
        e.add(exercise("banded-lateral-walk", "Banded lateral walk", "monster walk;lateral band walk", Map.of()));
        e.add(exercise("fire-hydrant", "Fire hydrant", "hydrant", Map.of()));
        e.add(exercise("supine-pelvic-tilt", "Supine pelvic tilt", "pelvic tilts", Map.of()));
        e.add(exercise("push-up", "Push-up", "press up;push ups", Map.of()));
        e.add(exercise("sit-up", "Sit-up", "sit-ups;situps", Map.of()));
        e.add(exercise("hip-hinge-drill", "Hip hinge drill", "hip hinge;hinge", Map.of()));
        return Phrasebook.vocabulary(e);
    }
}
