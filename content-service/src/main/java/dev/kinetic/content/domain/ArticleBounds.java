package dev.kinetic.content.domain;

import java.util.List;

/**
 * Holds what ingestion makes to {@link ArticleLimits}, the bounds the API holds an editor's request to,
 * so an ingested draft can always be saved back unchanged.
 */
public final class ArticleBounds {

    private ArticleBounds() {
    }

    /** Throws {@link ArticleTooLargeException} naming the first part of {@code article} over its bound. */
    public static void check(Article article) {
        within("the title", length(article.title()), ArticleLimits.TITLE, "characters");
        within("the summary", length(article.summary()), ArticleLimits.SUMMARY, "characters");
        within("the article", article.sections().size(), ArticleLimits.SECTIONS, "sections");
        for (int i = 0; i < article.sections().size(); i++) {
            Section section = article.sections().get(i);
            String where = "section " + (i + 1);
            within(where + "'s heading", length(section.heading()), ArticleLimits.HEADING, "characters");
            blocks(where, section.blocks());
        }
    }

    private static void blocks(String where, List<Block> blocks) {
        within(where, blocks.size(), ArticleLimits.BLOCKS, "blocks");
        for (Block block : blocks) {
            if (block instanceof Block.Paragraph p) {
                within("a paragraph of " + where, length(p.text()), ArticleLimits.TEXT, "characters");
            } else if (block instanceof Block.BulletList l) {
                within("a list of " + where, l.items().size(), ArticleLimits.ITEMS, "items");
                l.items().forEach(item -> within("a list item of " + where, length(item.text()), ArticleLimits.TEXT, "characters"));
            } else if (block instanceof Block.Callout c) {
                within("a callout of " + where, length(c.text()), ArticleLimits.TEXT, "characters");
            } else if (block instanceof Block.Image image) {
                within("an image caption of " + where, length(image.caption()), ArticleLimits.ALT, "characters");
                within("an image description of " + where, length(image.alt()), ArticleLimits.ALT, "characters");
            } else if (block instanceof Block.ExerciseReference exercise) {
                within("an exercise name of " + where, length(exercise.name()), ArticleLimits.NAME, "characters");
                within("an exercise of " + where, exercise.body().size(), ArticleLimits.ITEMS, "blocks");
                blocks(where, exercise.body());
            }
        }
    }

    private static int length(String text) {
        return text == null ? 0 : text.length();
    }

    private static void within(String part, int size, int limit, String unit) {
        if (size > limit) {
            throw new ArticleTooLargeException(part + " has " + size + " " + unit + ", the limit is " + limit);
        }
    }
}
