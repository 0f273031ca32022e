package dev.kinetic.exercise.domain;

/**
 * Where an exercise comes from: written by the team's editors ({@code curated}), or imported from a
 * public data set, with the record it was made from. Kept through later edits, so provenance is
 * never lost; consumers let a curated exercise win a name it shares with an imported one.
 */
public record Origin(String kind, String dataSet, String recordId) {

    public static final String CURATED_KIND = "curated";
    public static final String IMPORTED_KIND = "imported";
    public static final Origin CURATED = new Origin(CURATED_KIND, null, null);

    public static Origin imported(String dataSet, String recordId) {
        return new Origin(IMPORTED_KIND, dataSet, recordId);
    }

    public boolean curated() {
        return CURATED_KIND.equals(kind);
    }
}
