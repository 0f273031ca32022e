package dev.kinetic.exercise.domain;

/** Whether an editor has vouched for an exercise; only approved exercises go into plans. */
public enum ReviewStatus implements Vocabulary {
    UNREVIEWED("Not reviewed yet"),
    APPROVED("Approved by an editor"),
    REJECTED("Rejected by an editor");

    private final String label;

    ReviewStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
