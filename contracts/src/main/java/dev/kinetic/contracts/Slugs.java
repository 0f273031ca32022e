package dev.kinetic.contracts;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The public slug form every service uses: lower-case words joined by hyphens, in the root locale (so
 * a Turkish default locale cannot turn {@code I} into a dotless {@code ı}).
 */
public final class Slugs {

    private Slugs() {
    }

    /** A constant's slug: {@code GLUTEUS_MEDIUS} is {@code gluteus-medius}. */
    public static String of(Enum<?> constant) {
        return ofName(constant.name());
    }

    /** The slug of a constant's name. */
    public static String ofName(String constantName) {
        return constantName.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * A slug made from free text (a title, a data set's record id): accents dropped, every run of other
     * characters than letters and digits one hyphen, none at the ends; empty when nothing is left.
     */
    public static String fromText(String text) {
        return Normalizer.normalize(text.trim(), Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-+|-+$)", "");
    }

    /** The same in ASCII letters and digits only, as catalog slugs are: a letter with no ASCII form becomes a hyphen. */
    public static String asciiFromText(String text) {
        return fromText(text).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
    }
}
