package dev.kinetic.content.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Word-level text handling shared by boilerplate detection and entity linking. */
final class Words {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)?");

    private Words() {
    }

    /** A word found in text, its normalised form and where it stands. */
    record Token(String stem, int start, int end) {
    }

    static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            tokens.add(new Token(stem(m.group()), m.start(), m.end()));
        }
        return tokens;
    }

    static List<String> stems(String text) {
        return tokens(text).stream().map(Token::stem).toList();
    }

    /**
     * Lower case without an English plural ending, so "hip thrusts" matches "hip thrust" and
     * "bridges" matches "bridge"; words of other languages pass through lower-cased.
     */
    static String stem(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace("’", "'");
        if (w.endsWith("'s")) {
            w = w.substring(0, w.length() - 2);
        }
        if (w.length() > 4 && (w.endsWith("ches") || w.endsWith("shes") || w.endsWith("sses") || w.endsWith("xes"))) {
            return w.substring(0, w.length() - 2);
        }
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }

    /** Words of the text in normalised form, punctuation and case ignored: for duplicate detection. */
    static String normalised(String text) {
        return String.join(" ", stems(text));
    }

    /** Runs of letters or digits (an apostrophe inside a word keeps it whole): one pass, no allocation. */
    static int count(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean part = Character.isLetterOrDigit(c) || inWord && (c == '\'' || c == '’') && i + 1 < text.length()
                    && Character.isLetter(text.charAt(i + 1));
            if (part && !inWord) {
                words++;
            }
            inWord = part;
        }
        return words;
    }

    /** The share of letters in the text written in the Latin script. */
    static double latinShare(String text) {
        int letters = 0;
        int latin = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN) {
                    latin++;
                }
            }
        }
        return letters == 0 ? 0 : (double) latin / letters;
    }
}
