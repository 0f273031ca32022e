package dev.kinetic.content.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How articles write about muscles and conditions: the everyday phrases for the catalog's slugs
 * ("lower back pain" for low-back-pain, "glutes" for the glute group). The exercises themselves,
 * with their names and aliases, always come from the live catalog.
 */
public final class Phrasebook {

    private static final Map<String, Set<String>> MUSCLE_PHRASES = Map.ofEntries(
            Map.entry("gluteus-maximus", Set.of("gluteus maximus", "glute max")),
            Map.entry("gluteus-medius", Set.of("gluteus medius", "glute med")),
            Map.entry("gluteus-minimus", Set.of("gluteus minimus")),
            Map.entry("iliopsoas", Set.of("iliopsoas", "psoas")),
            Map.entry("rectus-femoris", Set.of("rectus femoris")),
            Map.entry("transversus-abdominis", Set.of("transversus abdominis", "transverse abdominis")),
            Map.entry("erector-spinae", Set.of("erector spinae", "spinal erectors")),
            Map.entry("hamstrings", Set.of("hamstrings", "hamstring")),
            Map.entry("quadriceps", Set.of("quadriceps", "quads")),
            Map.entry("obliques", Set.of("obliques")),
            Map.entry("multifidus", Set.of("multifidus")));

    /** Muscle groups articles speak of, with the catalog muscles in them (a group slug is also a valid muscle filter). */
    private static final Map<String, Group> GROUPS = Map.of(
            "glutes", new Group(Set.of("glutes", "glute muscles", "gluteal muscles", "buttocks"),
                    Set.of("gluteus-maximus", "gluteus-medius", "gluteus-minimus")),
            "hip-flexors", new Group(Set.of("hip flexors", "hip flexor"), Set.of("iliopsoas", "rectus-femoris")),
            "core", new Group(Set.of("core", "core muscles", "abdominals", "abs"),
                    Set.of("rectus-abdominis", "obliques", "transversus-abdominis", "multifidus", "erector-spinae")));

    private static final Map<String, Set<String>> CONDITION_PHRASES = Map.of(
            "low-back-pain", Set.of("low back pain", "lower back pain", "back pain", "lumbar pain"),
            "anterior-pelvic-tilt", Set.of("anterior pelvic tilt"),
            "posterior-pelvic-tilt", Set.of("posterior pelvic tilt"),
            "knee-pain", Set.of("knee pain", "sore knees"),
            "hip-pain", Set.of("hip pain"),
            "sciatica", Set.of("sciatica"),
            "pregnancy", Set.of("pregnancy", "pregnant"),
            "osteoporosis", Set.of("osteoporosis"));

    private record Group(Set<String> phrases, Set<String> muscles) {
    }

    private Phrasebook() {
    }

    /** The vocabulary for the given catalog exercises: their muscles and the phrasebook's groups and conditions. */
    public static CatalogVocabulary vocabulary(List<CatalogVocabulary.ExerciseTerm> exercises) {
        Set<String> muscleSlugs = new LinkedHashSet<>(MUSCLE_PHRASES.keySet());
        exercises.forEach(e -> muscleSlugs.addAll(e.primaryMuscles()));
        List<CatalogVocabulary.Term> muscles = new ArrayList<>();
        for (String slug : muscleSlugs) {
            muscles.add(new CatalogVocabulary.Term(slug, slug.replace('-', ' '), MUSCLE_PHRASES.getOrDefault(slug, Set.of())));
        }
        GROUPS.forEach((slug, group) -> muscles.add(new CatalogVocabulary.Term(slug, slug.replace('-', ' '), group.phrases())));
        List<CatalogVocabulary.Term> conditions = new ArrayList<>();
        CONDITION_PHRASES.forEach((slug, phrases) -> conditions.add(new CatalogVocabulary.Term(slug, slug.replace('-', ' '), phrases)));
        return new CatalogVocabulary(exercises, muscles, conditions);
    }

    /** Muscle tags with groups expanded to their muscles, for matching against exercises' primary muscles. */
    public static Set<String> expand(Set<String> muscleTags) {
        Map<String, Set<String>> expanded = new LinkedHashMap<>();
        for (String tag : muscleTags) {
            expanded.put(tag, GROUPS.containsKey(tag) ? GROUPS.get(tag).muscles() : Set.of(tag));
        }
        Set<String> all = new LinkedHashSet<>(muscleTags);
        expanded.values().forEach(all::addAll);
        return all;
    }
}
