package dev.kinetic.content.domain;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads image credits in their common forms: "Image by X from Pixabay", "(Photo by X on Unsplash)",
 * "Photo: X / Unsplash", "Credit: X / Shutterstock", "Image courtesy of X, Studio", "Imagen de X en
 * Pixabay", "Photo de X sur Unsplash", "Foto von X auf Pexels", also after a figure's caption
 * ("Figure 1: Bridge. Image courtesy of X").
 */
final class ImageCredits {

    /** A credit, and the caption text that came before it on the same line (or null). */
    record Found(Block.Credit credit, String caption) {
    }

    private static final List<String> MARKERS = List.of("image courtesy of", "images courtesy of", "photo courtesy of", "courtesy of",
            "photo credit:", "image credit:", "photo credits:", "image credits:", "photograph by", "photo by", "photos by", "image by",
            "images by", "picture by", "illustration by", "illustrations by", "credit:", "credits:", "photo:", "image:", "picture:",
            "illustration:", "imagen de", "imagen:", "foto de", "fotografia de", "foto:", "credito:", "ilustracion de", "photo de",
            "image de", "credit photo :", "credit photo:", "credit :", "foto von", "bild von", "bild:", "bildquelle:", "fotos:");
    private static final List<String> SPLITTERS = List.of(" from ", " on ", " via ", " for ", " en ", " sur ", " auf ", " bei ", " / ",
            "/", ", ", " - ", " | ", " – ", " — ");
    private static final int MAX_WORDS = 30;

    private ImageCredits() {
    }

    /**
     * The credit in the line. {@code nearImage} allows a credit that does not open the line (a
     * caption before it); otherwise the line must be the credit alone.
     */
    static Optional<Found> find(String line, boolean nearImage) {
        String text = strip(line);
        if (text.isEmpty() || Words.count(text) > MAX_WORDS) {
            return Optional.empty();
        }
        String lower = DosageParser.fold(text);
        int at = -1;
        String marker = null;
        for (String m : MARKERS) {
            int i = lower.startsWith(m) ? 0 : lower.indexOf(" " + m);
            if (i >= 0 && (at < 0 || i < at || i == at && m.length() > marker.length())) {
                at = i == 0 ? 0 : i + 1;
                marker = m;
            }
        }
        if (marker == null || at > 0 && !nearImage && !figureCaption(lower)) {
            return Optional.empty();
        }
        String caption = at == 0 ? null : strip(text.substring(0, at));
        String rest = strip(text.substring(at + marker.length()));
        String author = rest;
        String source = null;
        int cut = -1;
        String splitter = null;
        for (String s : SPLITTERS) {
            int i = rest.toLowerCase(Locale.ROOT).indexOf(s);
            if (i > 0 && (cut < 0 || i < cut)) {
                cut = i;
                splitter = s;
            }
        }
        if (cut > 0) {
            author = strip(rest.substring(0, cut));
            source = strip(rest.substring(cut + splitter.length()));
        }
        if (author.isEmpty() || Words.count(author) > 6 || !Character.isUpperCase(author.codePointAt(0))
                || source != null && (source.isEmpty() || Words.count(source) > 6)) {
            return Optional.empty();
        }
        return Optional.of(new Found(new Block.Credit(author, source, licenceOf(source)), caption == null || caption.isEmpty() ? null : caption));
    }

    private static boolean figureCaption(String lower) {
        return lower.startsWith("figure") || lower.startsWith("fig.") || lower.startsWith("figura") || lower.startsWith("abbildung")
                || lower.startsWith("image ") || lower.startsWith("photo ");
    }

    private static String strip(String s) {
        String t = s.strip();
        while (!t.isEmpty() && "()[]*_.,;:".indexOf(t.charAt(0)) >= 0) {
            t = t.substring(1).strip();
        }
        while (!t.isEmpty() && "()[]*_.,;:".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t;
    }

    static String licenceOf(String source) {
        if (source == null) {
            return null;
        }
        return switch (source.toLowerCase(Locale.ROOT)) {
            case "pixabay" -> "Pixabay Content License";
            case "unsplash" -> "Unsplash License";
            case "pexels" -> "Pexels License";
            default -> null;
        };
    }
}
