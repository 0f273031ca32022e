package dev.kinetic.content.domain;

import java.util.List;

/**
 * One block of an article as it arrived, before ingestion reads it: a heading, a paragraph, a list
 * item, a table row, a definition term or description, an image or a caption. Plain text, Markdown
 * and HTML are all brought to this shape, so ingestion reads every format with the same rules.
 *
 * @param level   heading level (1-6), list nesting depth (1 = top), 0 otherwise
 * @param lead    a bold lead-in the source marked ("<strong>Bird dog:</strong> …"), or null
 * @param cells   the cells of a table row
 * @param header  a table row of header cells
 * @param ordered a numbered list item
 * @param standalone a plain-text line with a blank line before and after it
 * @param continues  a plain-text line directly below the previous one (no blank line between them)
 */
public record SourceBlock(Kind kind, int level, String text, String lead, List<String> cells, boolean header, boolean ordered,
        String url, String alt, boolean standalone, boolean continues) {

    public enum Kind { HEADING, PARAGRAPH, ITEM, ROW, TERM, DEFINITION, IMAGE, CAPTION }

    public SourceBlock {
        cells = cells == null ? List.of() : List.copyOf(cells);
        text = text == null ? "" : text;
    }

    public static SourceBlock heading(int level, String text) {
        return new SourceBlock(Kind.HEADING, level, text, null, null, false, false, null, null, false, false);
    }

    public static SourceBlock paragraph(String text, String lead, boolean standalone) {
        return new SourceBlock(Kind.PARAGRAPH, 0, text, lead, null, false, false, null, null, standalone, false);
    }

    public static SourceBlock item(int depth, boolean ordered, String text, String lead) {
        return new SourceBlock(Kind.ITEM, depth, text, lead, null, false, ordered, null, null, false, false);
    }

    public static SourceBlock row(List<String> cells, boolean header) {
        return new SourceBlock(Kind.ROW, 0, String.join(" | ", cells), null, cells, header, false, null, null, false, false);
    }

    public static SourceBlock of(Kind kind, String text) {
        return new SourceBlock(kind, 0, text, null, null, false, false, null, null, false, false);
    }

    public static SourceBlock image(String url, String alt) {
        return new SourceBlock(Kind.IMAGE, 0, "", null, null, false, false, url, alt, false, false);
    }
}
