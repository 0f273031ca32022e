package dev.kinetic.content.domain;

/**
 * How much an article may hold, field by field: the API's request constraints name these constants,
 * and ingestion stays inside them (a longer paragraph is kept whole up to {@link #TEXT}); sized so a
 * published article's event stays below the outbox's event limit in practice (the outbox refuses the
 * rest with a clear problem).
 */
public final class ArticleLimits {

    public static final int TITLE = 200;
    public static final int SUMMARY = 1000;
    public static final int SECTIONS = 300;
    public static final int HEADING = 300;
    public static final int BLOCKS = 2000;
    public static final int TEXT = 50_000;
    public static final int ITEMS = 500;
    public static final int MENTIONS = 500;
    public static final int URL = 2000;
    public static final int ALT = 1000;
    public static final int CREDIT = 300;
    public static final int TERM = 60;
    public static final int SLUG = 120;
    public static final int NAME = 200;
    public static final int TAGS = 100;
    public static final int PERSON = 200;

    private ArticleLimits() {
    }
}
