package dev.kinetic.content.domain;

import java.util.List;

/**
 * An article as it arrived: its blocks, the title its markup declares (HTML head, JSON-LD, front
 * matter), if any, and what the reader already left out as page furniture, with why.
 */
public record SourcePage(String declaredTitle, List<SourceBlock> blocks, List<Removed> removed) {

    /** The most blocks one ingestion reads; a longer article is refused, never cut off. */
    public static final int MAX_BLOCKS = 60_000;

    public record Removed(String reason, String text) {
    }

    public SourcePage {
        blocks = List.copyOf(blocks);
        removed = List.copyOf(removed);
    }
}
