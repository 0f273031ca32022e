package dev.kinetic.content.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

/**
 * Reads an HTML page (or Markdown rendered to HTML) into source blocks. Only the article is read:
 * the {@code <article>} or {@code <main>} element when the page has one; inside it, containers whose
 * role, tag or class says they are navigation, share bars, bylines, related links, comments,
 * newsletters, cookie banners or advertisements are left out and reported. Scripts, styles and forms
 * never become text.
 */
public final class HtmlReader {

    private static final Set<String> DROPPED_TAGS = Set.of("script", "style", "noscript", "template", "iframe", "form", "button",
            "input", "select", "textarea", "svg", "canvas", "object", "embed", "link", "meta", "head");
    private static final Set<String> FURNITURE_TAGS = Set.of("nav", "aside", "footer");
    /** Class, id or role words of page furniture, matched as whole words of the attribute. */
    private static final Set<String> FURNITURE_WORDS = Set.of("nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs",
            "crumbs", "byline", "meta", "share", "sharing", "social", "related", "newsletter", "subscribe", "subscription",
            "comment", "comments", "cookie", "cookies", "consent", "gdpr", "banner", "promo", "advert", "advertisement", "ad", "ads",
            "adslot", "sponsor", "sponsored", "sidebar", "widget", "topbar", "masthead", "footer", "author", "bio", "tags",
            "categories", "pagination", "signup", "popup", "modal", "toolbar", "skip", "logo", "brand", "date", "dateline", "timestamp",
            "postmeta", "shipping");
    private static final Set<String> BLOCK_TAGS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd",
            "table", "thead", "tbody", "tfoot", "tr", "td", "th", "div", "section", "article", "main", "header", "blockquote",
            "figure", "figcaption", "img", "pre", "hr", "address", "details", "summary", "caption", "picture");
    private static final Set<String> INLINE_TAGS = Set.of("a", "span", "strong", "b", "em", "i", "u", "mark", "small", "sub", "sup",
            "code", "abbr", "time", "label", "br", "cite", "q", "s", "del", "ins", "kbd", "var", "font", "wbr", "dfn", "bdi", "bdo",
            "data", "samp");

    private HtmlReader() {
    }

    public static SourcePage read(String html) {
        Document document = Jsoup.parse(html);
        String declared = declaredTitle(document);
        document.select(String.join(",", DROPPED_TAGS)).remove();
        List<SourcePage.Removed> removed = new ArrayList<>();
        Element root = contentRoot(document);
        if (root != document.body()) {
            collectText(document.body(), root, removed, "outside the page's article");
        }
        removeFurniture(root, removed);
        List<SourceBlock> blocks = new ArrayList<>();
        new Walker(blocks).container(root, 0);
        return new SourcePage(declared, blocks, removed);
    }

    private static void removeFurniture(Element parent, List<SourcePage.Removed> removed) {
        for (Element child : new ArrayList<>(parent.children())) {
            if (isFurniture(child) && child.getElementsByTag("h1").isEmpty()) {
                String text = child.text().strip();
                if (!text.isEmpty()) {
                    removed.add(new SourcePage.Removed("page furniture (" + describe(child) + ")", text));
                }
                child.remove();
            } else {
                removeFurniture(child, removed);
            }
        }
    }

    private static String describe(Element e) {
        String cls = e.className();
        return e.tagName() + (cls.isEmpty() ? "" : "." + cls.replace(' ', '.'));
    }

    private static Element contentRoot(Document document) {
        Elements articles = document.body().select("article");
        if (articles.size() == 1) {
            return articles.first();
        }
        if (articles.size() > 1) {
            Element withHeadline = articles.stream().filter(a -> !a.getElementsByTag("h1").isEmpty()).findFirst().orElse(null);
            if (withHeadline != null) {
                return withHeadline;
            }
        }
        Element main = document.body().selectFirst("main, [role=main]");
        return main != null ? main : document.body();
    }

    /** Records the text of the page outside the article root as removed: one walk, the root's subtree skipped. */
    private static void collectText(Element element, Element root, List<SourcePage.Removed> removed, String reason) {
        for (Element child : element.children()) {
            if (removed.size() >= 500) {
                return;
            }
            if (child == root) {
                continue;
            }
            String own = child.ownText().strip();
            if (!own.isEmpty()) {
                removed.add(new SourcePage.Removed(reason, own));
            }
            collectText(child, root, removed, reason);
        }
    }

    private static boolean isFurniture(Element e) {
        if (FURNITURE_TAGS.contains(e.tagName())) {
            return true;
        }
        String role = e.attr("role").toLowerCase(Locale.ROOT);
        if (role.equals("navigation") || role.equals("banner") || role.equals("contentinfo") || role.equals("complementary")
                || role.equals("dialog") && !e.text().isEmpty()) {
            return true;
        }
        return hasFurnitureWord(e.className()) || hasFurnitureWord(e.id());
    }

    private static boolean hasFurnitureWord(String attribute) {
        if (attribute.isEmpty()) {
            return false;
        }
        for (String word : attribute.toLowerCase(Locale.ROOT).split("[\\s_-]+")) {
            if (FURNITURE_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static String declaredTitle(Document document) {
        for (Element script : document.select("script[type=application/ld+json]")) {
            String json = script.data();
            int at = json.indexOf("\"headline\"");
            if (at >= 0) {
                int colon = json.indexOf(':', at);
                int open = json.indexOf('"', colon + 1);
                int close = open < 0 ? -1 : json.indexOf('"', open + 1);
                if (open > 0 && close > open) {
                    return json.substring(open + 1, close).strip();
                }
            }
        }
        Element og = document.selectFirst("meta[property=og:title]");
        if (og != null && !og.attr("content").isBlank()) {
            return og.attr("content").strip();
        }
        String title = document.title();
        return title.isBlank() ? null : title.strip();
    }

    /** Walks the article in document order, turning block elements into source blocks. */
    private static final class Walker {
        private final List<SourceBlock> blocks;

        Walker(List<SourceBlock> blocks) {
            this.blocks = blocks;
        }

        private void add(SourceBlock block) {
            if (blocks.size() >= SourcePage.MAX_BLOCKS) {
                throw new ArticleTooLargeException(blocks.size() + 1, SourcePage.MAX_BLOCKS);
            }
            blocks.add(block);
        }

        /** A container: inline runs become paragraphs, block children are read in turn. */
        void container(Element element, int listDepth) {
            List<Node> inline = new ArrayList<>();
            for (Node child : element.childNodes()) {
                if (child instanceof Element e && isBlock(e)) {
                    flush(inline);
                    block(e, listDepth);
                } else {
                    inline.add(child);
                }
            }
            flush(inline);
        }

        /** Block elements, and unknown (custom) elements, which are read as containers. */
        private static boolean isBlock(Element e) {
            return BLOCK_TAGS.contains(e.tagName()) || !INLINE_TAGS.contains(e.tagName());
        }

        private void flush(List<Node> inline) {
            if (inline.isEmpty()) {
                return;
            }
            String text = text(inline);
            if (!text.isEmpty()) {
                add(SourceBlock.paragraph(text, lead(inline), false));
            }
            inline.clear();
        }

        private void block(Element e, int listDepth) {
            String tag = e.tagName();
            switch (tag) {
                case "h1", "h2", "h3", "h4", "h5", "h6" -> {
                    String text = e.text().strip();
                    if (!text.isEmpty()) {
                        add(SourceBlock.heading(tag.charAt(1) - '0', text));
                    }
                }
                case "p", "pre", "address", "summary", "caption" -> {
                    images(e);
                    String text = e.text().strip();
                    if (!text.isEmpty()) {
                        add(SourceBlock.paragraph(text, lead(e.childNodes()), false));
                    }
                }
                case "ul", "ol" -> {
                    for (Element li : e.children()) {
                        if (li.tagName().equals("li")) {
                            listItem(li, listDepth + 1, tag.equals("ol"));
                        } else {
                            block(li, listDepth);
                        }
                    }
                }
                case "li" -> listItem(e, listDepth + 1, false);
                case "table" -> table(e);
                case "dt" -> add(SourceBlock.of(SourceBlock.Kind.TERM, e.text().strip()));
                case "dd" -> add(SourceBlock.of(SourceBlock.Kind.DEFINITION, e.text().strip()));
                case "img" -> image(e);
                case "figcaption" -> add(SourceBlock.of(SourceBlock.Kind.CAPTION, e.text().strip()));
                case "hr" -> {
                }
                default -> container(e, listDepth);
            }
        }

        private void images(Element e) {
            if (e.getElementsByTag("img").isEmpty()) {
                return;
            }
            for (Element img : e.getElementsByTag("img")) {
                image(img);
            }
        }

        private void image(Element img) {
            add(SourceBlock.image(img.attr("src"), img.attr("alt").strip()));
        }

        private void listItem(Element li, int depth, boolean ordered) {
            List<Node> own = new ArrayList<>();
            List<Element> nested = new ArrayList<>();
            for (Node child : li.childNodes()) {
                if (child instanceof Element c && (c.tagName().equals("ul") || c.tagName().equals("ol"))) {
                    nested.add(c);
                } else {
                    own.add(child);
                }
            }
            String text = text(own);
            if (!text.isEmpty()) {
                add(SourceBlock.item(depth, ordered, text, lead(own)));
            }
            for (Element list : nested) {
                block(list, depth);
            }
        }

        private void table(Element table) {
            for (Element tr : table.select("tr")) {
                List<String> cells = new ArrayList<>();
                boolean header = true;
                for (Element cell : tr.children()) {
                    if (cell.tagName().equals("td") || cell.tagName().equals("th")) {
                        cells.add(cell.text().strip());
                        header &= cell.tagName().equals("th");
                    }
                }
                if (!cells.isEmpty() && cells.stream().anyMatch(c -> !c.isEmpty())) {
                    add(SourceBlock.row(cells, header));
                }
            }
        }

        private static String text(List<Node> nodes) {
            StringBuilder sb = new StringBuilder();
            for (Node n : nodes) {
                if (n instanceof TextNode t) {
                    sb.append(t.text());
                } else if (n instanceof Element e) {
                    if (e.tagName().equals("br")) {
                        sb.append(' ');
                    } else {
                        sb.append(e.text());
                    }
                }
            }
            return sb.toString().replaceAll("\\s+", " ").strip();
        }

        /** The text of a bold element opening the block, when more text follows it. */
        private static String lead(List<Node> nodes) {
            for (Node n : nodes) {
                if (n instanceof TextNode t && t.isBlank()) {
                    continue;
                }
                if (n instanceof Element e && (e.tagName().equals("strong") || e.tagName().equals("b"))) {
                    String lead = e.text().strip();
                    return lead.isEmpty() ? null : lead;
                }
                return null;
            }
            return null;
        }
    }
}
