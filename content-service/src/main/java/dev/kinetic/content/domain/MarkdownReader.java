package dev.kinetic.content.domain;

import java.util.ArrayList;
import java.util.List;

import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Reads Markdown: YAML front matter gives the declared title and is never article text; the rest is
 * rendered to HTML (tables included) and read like any HTML page.
 */
public final class MarkdownReader {

    private static final List<org.commonmark.Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(false).build();

    private MarkdownReader() {
    }

    public static SourcePage read(String markdown) {
        String body = markdown;
        String title = null;
        List<SourcePage.Removed> removed = new ArrayList<>();
        String start = markdown.stripLeading();
        if (start.startsWith("---\n") || start.startsWith("---\r\n")) {
            int end = start.indexOf("\n---", 3);
            if (end > 0) {
                String front = start.substring(start.indexOf('\n') + 1, end);
                for (String line : front.split("\\R")) {
                    int colon = line.indexOf(':');
                    if (colon > 0 && line.substring(0, colon).strip().equalsIgnoreCase("title")) {
                        title = unquote(line.substring(colon + 1).strip());
                    }
                }
                removed.add(new SourcePage.Removed("front matter, not article text", front.strip()));
                int after = start.indexOf('\n', end + 1);
                body = after < 0 ? "" : start.substring(after + 1);
            }
        }
        SourcePage page = HtmlReader.read(RENDERER.render(PARSER.parse(body)));
        removed.addAll(page.removed());
        return new SourcePage(title, page.blocks(), removed);
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"") || value.startsWith("'") && value.endsWith("'"))) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }
}
