package dev.kinetic.content.domain;

/**
 * An article with more blocks than one ingestion may read. Refused before any linking, so no request
 * can hold a worker for long; nothing is cut off silently.
 */
public final class ArticleTooLargeException extends RuntimeException {

    private final int blocks;
    private final int limit;

    public ArticleTooLargeException(int blocks, int limit) {
        super("The article has more than " + limit + " blocks (paragraphs, headings, list items, table rows); split it");
        this.blocks = blocks;
        this.limit = limit;
    }

    public int blocks() {
        return blocks;
    }

    public int limit() {
        return limit;
    }
}
