package dev.kinetic.content.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

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
            Map.entry("tensor-fasciae-latae", Set.of("tensor fasciae latae", "tfl")),
            Map.entry("iliopsoas", Set.of("iliopsoas", "psoas")),
            Map.entry("rectus-femoris", Set.of("rectus femoris")),
            Map.entry("rectus-abdominis", Set.of("rectus abdominis", "six-pack muscle")),
            Map.entry("transversus-abdominis", Set.of("transversus abdominis", "transverse abdominis", "deep tummy muscle")),
            Map.entry("erector-spinae", Set.of("erector spinae", "spinal erectors", "back extensor muscles")),
            Map.entry("quadratus-lumborum", Set.of("quadratus lumborum")),
            Map.entry("hamstrings", Set.of("hamstrings", "hamstring")),
            Map.entry("quadriceps", Set.of("quadriceps", "quads", "thigh muscle")),
            Map.entry("adductors", Set.of("adductors", "inner thigh")),
            Map.entry("calves", Set.of("calves", "calf muscles")),
            Map.entry("obliques", Set.of("obliques")),
            Map.entry("multifidus", Set.of("multifidus")),
            Map.entry("pectorals", Set.of("pectorals", "pecs", "chest muscles")),
            Map.entry("latissimus-dorsi", Set.of("latissimus dorsi", "lats")),
            Map.entry("trapezius", Set.of("trapezius", "traps")),
            Map.entry("rhomboids", Set.of("rhomboids")),
            Map.entry("deltoids", Set.of("deltoids", "delts")),
            Map.entry("rotator-cuff", Set.of("rotator cuff")),
            Map.entry("biceps", Set.of("biceps")),
            Map.entry("triceps", Set.of("triceps")),
            Map.entry("forearms", Set.of("forearms")));

    /** The same muscles as other languages write them. */
    private static final Map<String, Map<String, Set<String>>> LOCALIZED_MUSCLES = Map.ofEntries(
            Map.entry("gluteus-maximus", Map.of("es", Set.of("glúteo mayor"), "fr", Set.of("grand fessier"), "de", Set.of("großer gesäßmuskel"))),
            Map.entry("gluteus-medius", Map.of("es", Set.of("glúteo medio"), "fr", Set.of("moyen fessier"), "de", Set.of("mittlerer gesäßmuskel"))),
            Map.entry("gluteus-minimus", Map.of("es", Set.of("glúteo menor"), "fr", Set.of("petit fessier"), "de", Set.of("kleiner gesäßmuskel"))),
            Map.entry("transversus-abdominis", Map.of("es", Set.of("transverso del abdomen", "transverso abdominal"), "fr",
                    Set.of("transverse de l'abdomen"), "de", Set.of("querer bauchmuskel"))),
            Map.entry("multifidus", Map.of("es", Set.of("multífidos", "multífido"), "fr", Set.of("multifides"), "de", Set.of("multifidus"))),
            Map.entry("obliques", Map.of("es", Set.of("oblicuos"), "fr", Set.of("obliques"), "de", Set.of("schräge bauchmuskeln"))),
            Map.entry("hamstrings", Map.of("es", Set.of("isquiotibiales"), "fr", Set.of("ischio-jambiers"), "de", Set.of("beinbeuger"))),
            Map.entry("quadriceps", Map.of("es", Set.of("cuádriceps"), "fr", Set.of("quadriceps"), "de", Set.of("quadrizeps"))),
            Map.entry("erector-spinae", Map.of("es", Set.of("erectores de la columna"), "fr", Set.of("érecteurs du rachis"), "de",
                    Set.of("rückenstrecker"))),
            Map.entry("glutes", Map.of("es", Set.of("glúteos", "glúteo"), "fr", Set.of("fessiers"), "de", Set.of("gesäßmuskeln", "gesäß"))),
            Map.entry("core", Map.of("es", Set.of("core", "abdominales", "zona media"), "fr", Set.of("gainage", "sangle abdominale"), "de",
                    Set.of("rumpf", "bauchmuskeln"))),
            Map.entry("hip-flexors", Map.of("es", Set.of("flexores de cadera"), "fr", Set.of("fléchisseurs de la hanche"), "de",
                    Set.of("hüftbeuger"))));

    /** Muscle groups articles speak of, with the catalog muscles in them (a group slug is also a valid muscle filter). */
    private static final Map<String, Group> GROUPS = Map.of(
            "glutes", new Group(Set.of("glutes", "glute muscles", "gluteal muscles", "buttocks", "buttock muscles"),
                    Set.of("gluteus-maximus", "gluteus-medius", "gluteus-minimus")),
            "hip-abductors", new Group(Set.of("hip abductors", "abductors"), Set.of("gluteus-medius", "gluteus-minimus", "tensor-fasciae-latae")),
            "hip-flexors", new Group(Set.of("hip flexors", "hip flexor"), Set.of("iliopsoas", "rectus-femoris", "tensor-fasciae-latae")),
            "core", new Group(Set.of("core", "core muscles", "abdominals", "abs", "deep abdominals"),
                    Set.of("rectus-abdominis", "obliques", "transversus-abdominis", "multifidus", "erector-spinae", "quadratus-lumborum")),
            "upper-back", new Group(Set.of("upper back", "upper-back muscles", "muscles between the shoulder blades", "middle trapezius"),
                    Set.of("latissimus-dorsi", "trapezius", "rhomboids")));

    private static final Map<String, Set<String>> CONDITION_PHRASES = Map.ofEntries(
            Map.entry("low-back-pain", Set.of("low back pain", "lower back pain", "back pain", "lumbar pain", "sore back", "sore lower back",
                    "aching lower back", "lower back ache", "lower back aches", "backache", "back ache")),
            Map.entry("anterior-pelvic-tilt", Set.of("anterior pelvic tilt")),
            Map.entry("posterior-pelvic-tilt", Set.of("posterior pelvic tilt")),
            Map.entry("knee-pain", Set.of("knee pain", "sore knees", "sore knee", "kneecap pain", "patellofemoral pain", "runner's knee",
                    "painful knee")),
            Map.entry("hip-pain", Set.of("hip pain", "lateral hip pain", "sore hip", "gluteal tendinopathy")),
            Map.entry("shoulder-pain", Set.of("shoulder pain", "sore shoulders", "sore shoulder", "painful shoulder", "shoulder impingement",
                    "impingement")),
            Map.entry("wrist-pain", Set.of("wrist pain", "sore wrists", "sore wrist")),
            Map.entry("hypertension", Set.of("high blood pressure", "hypertension")),
            Map.entry("sciatica", Set.of("sciatica")),
            Map.entry("pregnancy", Set.of("pregnancy", "pregnant", "postpartum", "postnatal", "after birth", "antenatal", "prenatal")),
            Map.entry("osteoporosis", Set.of("osteoporosis", "osteopenia", "low bone density")));

    private static final Map<String, Map<String, Set<String>>> LOCALIZED_CONDITIONS = Map.of(
            "low-back-pain", Map.of("es", Set.of("dolor lumbar", "lumbalgia", "dolor de espalda", "zona lumbar cargada", "espalda sin dolor"),
                    "fr", Set.of("mal de dos", "douleur lombaire", "lombalgie"), "de", Set.of("rückenschmerzen", "kreuzschmerzen")),
            "sciatica", Map.of("es", Set.of("ciática"), "fr", Set.of("sciatique"), "de", Set.of("ischias", "ischiasschmerzen")),
            "knee-pain", Map.of("es", Set.of("dolor de rodilla"), "fr", Set.of("douleur au genou"), "de", Set.of("knieschmerzen")),
            "hip-pain", Map.of("es", Set.of("dolor de cadera"), "fr", Set.of("douleur à la hanche"), "de", Set.of("hüftschmerzen")),
            "shoulder-pain", Map.of("es", Set.of("dolor de hombro"), "fr", Set.of("douleur à l'épaule"), "de", Set.of("schulterschmerzen")),
            "pregnancy", Map.of("es", Set.of("embarazo", "embarazada", "posparto"), "fr", Set.of("grossesse", "enceinte", "post-partum"),
                    "de", Set.of("schwangerschaft", "schwanger", "nach der geburt")),
            "osteoporosis", Map.of("es", Set.of("osteoporosis"), "fr", Set.of("ostéoporose"), "de", Set.of("osteoporose")));

    private record Group(Set<String> phrases, Set<String> muscles) {
    }

    private Phrasebook() {
    }

    /** The vocabulary for the given catalog exercises: their muscles and the phrasebook's groups and conditions. */
    public static CatalogVocabulary vocabulary(List<CatalogVocabulary.ExerciseTerm> exercises) {
        return vocabulary(exercises, Optional.empty());
    }

    /**
     * The same, held to the catalog's published vocabularies when they are known: an article is tagged only
     * with muscles, groups and conditions the catalog defines.
     */
    public static CatalogVocabulary vocabulary(List<CatalogVocabulary.ExerciseTerm> exercises,
            Optional<dev.kinetic.contracts.catalog.CatalogVocabulary> catalog) {
        // Without the catalog's vocabularies (not published yet) every phrasebook term is used.
        Predicate<String> catalogMuscle = defines(catalog.map(c -> concat(c.muscles(), c.muscleGroups())));
        Predicate<String> catalogCondition = defines(catalog.map(dev.kinetic.contracts.catalog.CatalogVocabulary::conditions));
        Set<String> muscleSlugs = new LinkedHashSet<>(MUSCLE_PHRASES.keySet());
        exercises.forEach(e -> muscleSlugs.addAll(e.primaryMuscles()));
        List<CatalogVocabulary.Term> muscles = new ArrayList<>();
        for (String slug : muscleSlugs) {
            if (catalogMuscle.test(slug)) {
                muscles.add(new CatalogVocabulary.Term(slug, slug.replace('-', ' '),
                        MUSCLE_PHRASES.getOrDefault(slug, Set.of()), LOCALIZED_MUSCLES.getOrDefault(slug, Map.of())));
            }
        }
        GROUPS.forEach((slug, group) -> {
            if (catalogMuscle.test(slug)) {
                muscles.add(new CatalogVocabulary.Term(slug, slug.replace('-', ' '), group.phrases(),
                        LOCALIZED_MUSCLES.getOrDefault(slug, Map.of())));
            }
        });
        List<CatalogVocabulary.Term> conditions = new ArrayList<>();
        CONDITION_PHRASES.forEach((slug, phrases) -> {
            if (catalogCondition.test(slug)) {
                conditions.add(new CatalogVocabulary.Term(slug, slug.replace('-', ' '), phrases,
                        LOCALIZED_CONDITIONS.getOrDefault(slug, Map.of())));
            }
        });
        return new CatalogVocabulary(exercises, muscles, conditions);
    }

    /** Every muscle, muscle group and condition the phrasebook has phrases for. */
    public static Set<String> terms() {
        Set<String> terms = muscleTerms();
        terms.addAll(CONDITION_PHRASES.keySet());
        return terms;
    }

    /** The muscles and muscle groups the phrasebook has phrases for. */
    public static Set<String> muscleTerms() {
        Set<String> terms = new LinkedHashSet<>(MUSCLE_PHRASES.keySet());
        terms.addAll(GROUPS.keySet());
        return terms;
    }

    public static Set<String> conditionTerms() {
        return new LinkedHashSet<>(CONDITION_PHRASES.keySet());
    }

    private static List<dev.kinetic.contracts.catalog.CatalogVocabulary.Term> concat(
            List<dev.kinetic.contracts.catalog.CatalogVocabulary.Term> a, List<dev.kinetic.contracts.catalog.CatalogVocabulary.Term> b) {
        List<dev.kinetic.contracts.catalog.CatalogVocabulary.Term> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static Predicate<String> defines(Optional<List<dev.kinetic.contracts.catalog.CatalogVocabulary.Term>> terms) {
        return terms.<Predicate<String>>map(t -> dev.kinetic.contracts.catalog.CatalogVocabulary.slugs(t)::contains).orElse(slug -> true);
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
