package dev.kinetic.content.domain;

/**
 * An article larger than Kinetic keeps: more blocks than one ingestion may read (refused before any
 * linking, so no request can hold a worker for long), or a part over {@link ArticleLimits} (refused
 * before it is stored, so what ingestion makes an editor can always save again). Nothing is cut off
 * silently.
 */
public final class ArticleTooLargeException extends RuntimeException {

    private final int blocks;
    private final int limit;

    public ArticleTooLargeException(int blocks, int limit) {
        super("The article has more than " + limit + " blocks (paragraphs, headings, list items, table rows); split it");
        this.blocks = blocks;
        this.limit = limit;
    }

    /** A part of the article over its bound, e.g. a section of 800 blocks. */
    public ArticleTooLargeException(String part) {
        super("The article is larger than Kinetic keeps: " + part + "; split it");
        this.blocks = -1;
        this.limit = -1;
    }

    public int blocks() {
        return blocks;
    }

    public int limit() {
        return limit;
    }
}
