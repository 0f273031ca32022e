package dev.kinetic.content.domain;

import java.util.List;

/** A section of an article: an optional heading (the introduction has none) and its blocks. */
public record Section(String heading, List<Block> blocks) {
    public Section {
        blocks = List.copyOf(blocks);
    }
}
