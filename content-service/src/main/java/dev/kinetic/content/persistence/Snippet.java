package dev.kinetic.content.persistence;

import org.owasp.encoder.Encode;

/**
 * A search snippet as safe HTML. PostgreSQL marks the matches with two control characters no stored
 * text holds; the passage is HTML-escaped first and only then are the marks turned into {@code <mark>},
 * so markup in an article's text is shown as text, never run.
 */
final class Snippet {

    private static final char START = '\u0002';
    private static final char STOP = '\u0003';

    /** {@code ts_headline} options: the private marks instead of markup. */
    static final String HEADLINE_OPTIONS = "StartSel=" + START + ", StopSel=" + STOP + ", MaxWords=30, MinWords=12, MaxFragments=1";

    private Snippet() {
    }

    static String html(String marked) {
        if (marked == null) {
            return null;
        }
        StringBuilder html = new StringBuilder(marked.length() + 32);
        int from = 0;
        boolean inside = false;
        for (int i = 0; i <= marked.length(); i++) {
            boolean end = i == marked.length();
            char c = end ? 0 : marked.charAt(i);
            if (end || c == START || c == STOP) {
                html.append(Encode.forHtml(marked.substring(from, i)));
                if (!end) {
                    if (c == START && !inside) {
                        html.append("<mark>");
                        inside = true;
                    } else if (c == STOP && inside) {
                        html.append("</mark>");
                        inside = false;
                    }
                }
                from = i + 1;
            }
        }
        return inside ? html.append("</mark>").toString() : html.toString();
    }

    /** Stored search text never holds the marks, so every mark in a snippet is PostgreSQL's. */
    static String withoutMarkers(String text) {
        return text == null || (text.indexOf(START) < 0 && text.indexOf(STOP) < 0) ? text
                : text.replace(String.valueOf(START), "").replace(String.valueOf(STOP), "");
    }
}
