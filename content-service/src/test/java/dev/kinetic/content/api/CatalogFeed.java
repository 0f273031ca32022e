package dev.kinetic.content.api;

import dev.kinetic.contracts.EventTypes;
import dev.kinetic.contracts.Topics;

import dev.kinetic.platform.testing.EventFeed;

/** Publishes exercise-catalog events as exercise-service would, so content-service can be tested alone. */
final class CatalogFeed {

    private CatalogFeed() {
    }

    static void exercise(String slug, String name, String aliasesJson, String primaryJson, String avoidFor, String level,
            String status, int version) throws Exception {
        exercise(slug, name, aliasesJson, "{}", primaryJson, avoidFor, level, status, version);
    }

    static void exercise(String slug, String name, String aliasesJson, String namesJson, String primaryJson, String avoidFor,
            String level, String status, int version) throws Exception {
        exercise(slug, name, aliasesJson, namesJson, primaryJson, avoidFor, level, status, version, "curated");
    }

    /** With names per language, e.g. {"es":{"name":"Puente de glúteos","aliases":[]}}. */
    /** With an origin kind: "curated" or "imported". */
    static void exercise(String slug, String name, String aliasesJson, String namesJson, String primaryJson, String avoidFor,
            String level, String status, int version, String origin) throws Exception {
        String contraindications = avoidFor == null ? "[]"
                : "[{\"condition\":\"" + avoidFor + "\",\"severity\":\"avoid\",\"reason\":\"test\"}]";
        // A whole exercise as exercise-service emits it (EventFeed checks it against exercise.v1.json).
        String data = """
                {"slug":"%s","name":"%s","aliases":%s,"names":%s,"summary":null,"instructions":["Move with control."],
                 "cues":[],"mistakes":[],"primaryMuscles":%s,"secondaryMuscles":[],"equipment":["bodyweight"],
                 "pattern":"hip-extension","level":"%s","mechanic":"compound","laterality":"bilateral","position":"supine",
                 "spinalLoad":"low","dosage":{"sets":2,"repsMin":8,"repsMax":12,"holdSeconds":null},"contraindications":%s,
                 "regression":null,"progression":null,"media":[],"status":"%s","version":%d,"origin":{"kind":"%s"},
                 "review":{"status":"approved"},"inferences":[]}"""
                .formatted(slug, name, aliasesJson, namesJson, primaryJson, level, contraindications, status, version, origin);
        send(slug, status.equals("retired") ? EventTypes.EXERCISE_RETIRED : EventTypes.EXERCISE_UPSERTED, data);
    }

    /** The catalog's vocabularies as exercise-service publishes them, holding every term the phrasebook uses. */
    static void vocabulary() throws Exception {
        java.util.List<String> muscles = dev.kinetic.content.domain.Phrasebook.muscleTerms().stream()
                .map(t -> "{\"slug\":\"" + t + "\",\"label\":\"" + t + "\"}").toList();
        java.util.List<String> conditions = dev.kinetic.content.domain.Phrasebook.conditionTerms().stream()
                .map(t -> "{\"slug\":\"" + t + "\",\"label\":\"" + t + "\"}").toList();
        String one = "[{\"slug\":\"x\",\"label\":\"x\"}]";
        send(dev.kinetic.contracts.catalog.CatalogVocabulary.KEY, EventTypes.CATALOG_VOCABULARY,
                "{\"muscles\":[" + String.join(",", muscles) + "],\"muscleGroups\":" + one + ",\"conditions\":["
                        + String.join(",", conditions) + "],\"equipment\":" + one + ",\"levels\":" + one + ",\"patterns\":" + one + "}");
    }

    static void send(String key, String type, String data) {
        EventFeed.send(Topics.EXERCISE_CATALOG, key, type, data);
    }
}
