package dev.kinetic.content.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises lines that are page furniture rather than article: advertisement markers, blog
 * navigation, share and subscribe prompts, in several languages, and short lines written in
 * another script than the article (navigation of a blog theme in its own language).
 */
final class Boilerplate {

    enum Kind { ADVERTISEMENT, NAVIGATION }

    private static final Set<String> ADVERTISEMENT = Set.of("advertisement", "advertisements", "sponsored", "ad", "ads",
            "sponsored content", "إعلان", "اعلان", "publicité", "anuncio", "publicidad", "werbung", "anzeige", "реклама",
            "pubblicità");

    private static final Set<String> NAVIGATION = Set.of("newer post", "older post", "newer posts", "older posts",
            "newer", "older", "home", "next", "previous", "next post", "previous post", "share", "share this",
            "share this post", "tweet", "pin it", "subscribe", "subscribe now", "follow us", "read more", "related posts",
            "leave a comment", "comments", "post a comment", "back to top", "menu", "search",
            "أحدث", "أقدم", "أحدث أقدم", "الرئيسية", "مشاركة", "اشترك", "التالي", "السابق",
            "siguiente", "anterior", "compartir", "suivant", "précédent", "partager", "weiter", "zurück", "teilen");

    private static final Pattern IMAGE_CREDIT = Pattern.compile(
            "^(?:image|photo|picture|illustration)\\s+(?:by|from|courtesy of|credit:?)\\s+(.+?)(?:\\s+(?:from|on|via)\\s+(.+?))?\\.?$",
            Pattern.CASE_INSENSITIVE);

    private Boilerplate() {
    }

    static Optional<Kind> classify(String line, double articleLatinShare) {
        String key = line.trim().toLowerCase(Locale.ROOT).replaceAll("[\\p{Punct}|»«›‹·•]+", " ").replaceAll("\\s+", " ").trim();
        if (ADVERTISEMENT.contains(key)) {
            return Optional.of(Kind.ADVERTISEMENT);
        }
        if (NAVIGATION.contains(key)) {
            return Optional.of(Kind.NAVIGATION);
        }
        int words = Words.count(line);
        boolean shortLine = words >= 1 && words <= 4;
        boolean otherScript = Math.abs(Words.latinShare(line) - articleLatinShare) > 0.8;
        if (shortLine && otherScript) {
            return Optional.of(Kind.NAVIGATION);
        }
        return Optional.empty();
    }

    /** An image credit line ("Image by X from Y") as a credit, with the licence the source is known to use. */
    static Optional<Block.Credit> imageCredit(String line) {
        Matcher m = IMAGE_CREDIT.matcher(line.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        String source = m.group(2) == null ? null : m.group(2).trim();
        return Optional.of(new Block.Credit(m.group(1).trim(), source, licenceOf(source)));
    }

    private static String licenceOf(String source) {
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
