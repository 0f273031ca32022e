package dev.kinetic.content.domain;

import java.util.List;

/** What ingestion changed and why, and what it asks an editor to act on. */
public record IngestionReport(List<Change> changes, List<Finding> findings) {

    public IngestionReport {
        changes = List.copyOf(changes);
        findings = List.copyOf(findings);
    }

    /** Something removed or restructured, with the original text it concerned. */
    public record Change(String kind, String reason, String original) {
        public static final String DUPLICATE_REMOVED = "duplicate-removed";
        public static final String ADVERTISEMENT_REMOVED = "advertisement-removed";
        public static final String NAVIGATION_REMOVED = "navigation-removed";
        public static final String IMAGE_CREDIT_EXTRACTED = "image-credit-extracted";
        public static final String TITLE_RECOGNISED = "title-recognised";
        public static final String HEADING_RECOGNISED = "heading-recognised";
        public static final String DISCLAIMER_KEPT = "disclaimer-kept";
        public static final String EXERCISE_LINKED = "exercise-linked";
        public static final String DOSAGE_ATTACHED = "dosage-attached";
    }

    /** Something an editor should decide, with suggestions where ingestion has some. */
    public record Finding(String id, String kind, String message, Integer sectionIndex, List<String> suggestedExercises) {
        public static final String EMPTY_LIST_SECTION = "empty-list-section";
        public static final String MISSING_DISCLAIMER = "missing-disclaimer";

        public Finding {
            suggestedExercises = List.copyOf(suggestedExercises);
        }
    }
}
