package dev.kinetic.exercise.domain;

import java.time.Instant;

/** An exercise's review: its state, who decided and when (null while unreviewed), and their note. */
public record Review(ReviewStatus status, String by, Instant at, String note) {

    public static final Review UNREVIEWED = new Review(ReviewStatus.UNREVIEWED, null, null, null);

    public Review {
        status = status == null ? ReviewStatus.UNREVIEWED : status;
    }

    public static Review approved(String by, Instant at, String note) {
        return new Review(ReviewStatus.APPROVED, by, at, note);
    }

    public static Review rejected(String by, Instant at, String note) {
        return new Review(ReviewStatus.REJECTED, by, at, note);
    }

    public boolean approved() {
        return status == ReviewStatus.APPROVED;
    }
}
