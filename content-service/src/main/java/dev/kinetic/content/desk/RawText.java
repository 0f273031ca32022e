package dev.kinetic.content.desk;

import dev.kinetic.content.domain.HtmlReader;
import dev.kinetic.content.domain.MarkdownReader;
import dev.kinetic.content.domain.PlainTextReader;
import dev.kinetic.content.domain.SourcePage;

/** Reads an uploaded body by its media type into the source blocks ingestion works on. */
public final class RawText {

    public static final String PLAIN = "text/plain";
    public static final String MARKDOWN = "text/markdown";
    public static final String HTML = "text/html";

    private RawText() {
    }

    public static SourcePage read(String body, String mediaType) {
        return switch (mediaType) {
            case HTML -> HtmlReader.read(body);
            case MARKDOWN -> MarkdownReader.read(body);
            default -> PlainTextReader.read(body);
        };
    }
}
