package dev.kinetic.content.application;

import dev.kinetic.platform.validation.SafeText;

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

    /** Control characters other than line breaks and tabs (a NUL above all) carry no text and are dropped first. */
    public static SourcePage read(String body, String mediaType) {
        String text = SafeText.withoutControls(body);
        return switch (mediaType) {
            case HTML -> HtmlReader.read(text);
            case MARKDOWN -> MarkdownReader.read(text);
            default -> PlainTextReader.read(text);
        };
    }
}
