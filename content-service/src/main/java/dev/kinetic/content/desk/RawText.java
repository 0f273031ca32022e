package dev.kinetic.content.desk;

import java.util.ArrayList;
import java.util.List;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Brings Markdown and HTML to the line-per-block text the ingestor reads: headings and paragraphs
 * on their own lines, list items as "- item". Scripts, styles and inline markup are dropped.
 */
public final class RawText {

    public static final String PLAIN = "text/plain";
    public static final String MARKDOWN = "text/markdown";
    public static final String HTML = "text/html";

    private RawText() {
    }

    public static String toLines(String body, String mediaType) {
        return switch (mediaType) {
            case HTML -> fromHtml(body);
            case MARKDOWN -> fromHtml(HtmlRenderer.builder().build().render(Parser.builder().build().parse(body)));
            default -> body;
        };
    }

    private static String fromHtml(String html) {
        Document document = Jsoup.parse(html);
        document.select("script, style, noscript, iframe, form").remove();
        List<String> lines = new ArrayList<>();
        for (Element element : document.body().select("h1, h2, h3, h4, h5, h6, p, li, figcaption, blockquote")) {
            if (element.parents().stream().anyMatch(p -> p.is("li, blockquote")) && !element.is("li")) {
                continue;
            }
            String text = element.text().strip();
            if (text.isEmpty()) {
                continue;
            }
            lines.add(element.is("li") ? "- " + text : text);
        }
        return String.join("\n", lines);
    }
}
