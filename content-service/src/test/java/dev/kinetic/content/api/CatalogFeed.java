package dev.kinetic.content.api;

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
        String data = """
                {"slug":"%s","name":"%s","aliases":%s,"names":%s,"primaryMuscles":%s,"contraindications":%s,"level":"%s",
                 "status":"%s","version":%d,"instructions":["x"],"equipment":["bodyweight"],"origin":{"kind":"%s"}}"""
                .formatted(slug, name, aliasesJson, namesJson, primaryJson, contraindications, level, status, version, origin);
        send(slug, status.equals("retired") ? "dev.kinetic.exercise.retired.v1" : "dev.kinetic.exercise.upserted.v1", data);
    }

    static void send(String key, String type, String data) {
        EventFeed.send("exercise-catalog", key, type, data);
    }
}
