package dev.kinetic.content.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Word-level text handling shared by boilerplate detection and entity linking. */
final class Words {

    private Words() {
    }

    /** A word found in text, its normalised form and where it stands. */
    record Token(String stem, int start, int end) {
    }

    /**
     * The words of {@code text}: each a run of letters and digits, with an apostrophe and the letters after it
     * ("it's", "o’clock"). The same as the pattern {@code [\p{L}\p{N}]+(?:['’]\p{L}+)?} found repeatedly
     * ({@code WordsTest} holds the two together), scanned by hand: the pattern was a sixth of an ingestion.
     */
    static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            int c = text.codePointAt(i);
            if (!letterOrNumber(c)) {
                i += Character.charCount(c);
                continue;
            }
            int start = i;
            while (i < n && letterOrNumber(c = text.codePointAt(i))) {
                i += Character.charCount(c);
            }
            if (i < n && (text.charAt(i) == '\'' || text.charAt(i) == '’')) {
                int j = i + 1;
                while (j < n && Character.isLetter(c = text.codePointAt(j))) {
                    j += Character.charCount(c);
                }
                if (j > i + 1) {
                    i = j;
                }
            }
            tokens.add(new Token(stem(text.substring(start, i)), start, i));
        }
        return tokens;
    }

    /** {@code \p{L}} or {@code \p{N}}: a letter, or a number of any kind. */
    private static boolean letterOrNumber(int codePoint) {
        if (Character.isLetter(codePoint)) {
            return true;
        }
        int type = Character.getType(codePoint);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
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
        return new LetterCount().add(text).latinShare();
    }

    /** Letters counted over one text or several, and how many of them are in the Latin script. */
    static final class LetterCount {
        private int letters;
        private int latin;

        LetterCount add(String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isLetter(c)) {
                    letters++;
                    if (Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN) {
                        latin++;
                    }
                }
            }
            return this;
        }

        double latinShare() {
            return letters == 0 ? 0 : (double) latin / letters;
        }
    }
}
