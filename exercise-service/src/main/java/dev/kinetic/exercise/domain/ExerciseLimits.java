package dev.kinetic.exercise.domain;

/**
 * How much an exercise may hold, field by field. One set of bounds for every way in (the API's request
 * constraints name these constants; the domain enforces them for imports too), sized so an exercise's
 * event stays far below the outbox's event limit.
 */
public final class ExerciseLimits {

    public static final int SLUG = 80;
    public static final int NAME = 120;
    public static final int ALIAS = 80;
    public static final int ALIASES = 20;
    public static final int LANGUAGES = 20;
    public static final int SUMMARY = 1000;
    public static final int STEPS = 30;
    public static final int STEP = 1000;
    public static final int NOTES = 20;
    public static final int NOTE = 500;
    public static final int MUSCLES = 20;
    public static final int EQUIPMENT = 10;
    public static final int TERM = 40;
    public static final int CONTRAINDICATIONS = 20;
    public static final int REASON = 500;
    public static final int MEDIA = 10;
    public static final int URL = 500;
    public static final int ATTRIBUTION = 300;

    private ExerciseLimits() {
    }
}
