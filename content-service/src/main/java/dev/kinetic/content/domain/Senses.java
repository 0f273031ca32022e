package dev.kinetic.content.domain;

import java.util.Set;

/**
 * Tells a recommendation from other uses of an exercise's words: advice against it ("skip sit-ups",
 * "evita los crunches", "à éviter") and other senses of a one-word name ("bridge the gap", "lunge
 * for a brace", "squat rack", "a plank of wood", "hinge forward").
 */
final class Senses {

    /** Words that, earlier in the same clause, turn a mention into advice against it. */
    private static final Set<String> AGAINST = Set.of("avoid", "avoiding", "skip", "skipping", "don't", "dont", "never", "stop",
            "instead", "rather", "without", "leave", "omit", "ditch", "quit", "not", "no", "evita", "evitar", "evite", "evitad", "nunca",
            "sin", "deja", "dejar", "omite", "jamais", "evitez", "eviter", "sans", "pas", "vermeiden", "vermeide", "verzichten",
            "nicht", "kein", "keine", "keinen", "ohne", "statt", "anstatt", "lieber");
    /** Section headings that announce what not to do: every mention under them is advice against. */
    private static final Set<String> AGAINST_HEADINGS = Set.of("avoid", "skip", "leave out", "not to do", "to skip", "to avoid",
            "don't", "dont", "evitar", "no hacer", "evita", "a eviter", "eviter", "vermeiden", "verzichten", "mistakes",
            "errores", "erreurs", "fehler");
    /** A word right after a one-word name that shows the word is a verb ("bridge the gap", "lunge for", "hinge forward"). */
    private static final Set<String> VERB_NEXT = Set.of("the", "a", "an", "your", "my", "our", "their", "his", "her", "this",
            "that", "these", "those", "for", "into", "between", "up", "down", "forward", "forwards", "back", "across", "over",
            "towards", "toward", "at", "onto", "to", "it", "them", "el", "la", "los", "las", "un", "una", "hacia", "entre", "le", "les",
            "une", "des", "vers", "der", "die", "das", "den", "einen", "nach");
    /** A word right after a one-word name that makes it another noun's modifier or another thing ("squat rack", "plank of wood"). */
    private static final Set<String> NOUN_NEXT = Set.of("of", "rack", "racks", "machine", "machines", "bar", "cage", "rig", "board",
            "station", "wood", "table", "position", "stance", "de", "del", "du", "stand", "shoes", "suit");
    /** Determiners before a word that make it a noun ("a plank for 20 seconds", "your bridge"). */
    private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "your", "each", "every", "one", "this", "that", "my",
            "our", "un", "una", "el", "la", "le", "les", "une", "ein", "eine", "einen", "der", "die", "das", "den");

    private Senses() {
    }

    static boolean againstHeading(String heading) {
        if (heading == null) {
            return false;
        }
        String key = " " + Boilerplate.key(heading) + " ";
        for (String h : AGAINST_HEADINGS) {
            if (key.contains(" " + h + " ")) {
                return true;
            }
        }
        return false;
    }

    /** Whether the clause of {@code text} before {@code start} advises against what follows. */
    static boolean advisedAgainst(String text, int start) {
        int from = clauseStart(text, start);
        String before = Boilerplate.key(text.substring(from, start));
        if (before.isEmpty()) {
            return false;
        }
        for (String w : before.split(" ")) {
            if (AGAINST.contains(w)) {
                return true;
            }
        }
        return before.contains("do not") || before.contains("leave out") || before.contains("no hagas") || before.contains("ne faites");
    }

    /**
     * Whether a one-word match at [start, end) is used in another sense, judged by the words around it:
     * after a determiner it is a noun, and only a noun compound makes it something else.
     */
    static boolean otherSense(String text, int start, int end, boolean oneWord) {
        if (!oneWord) {
            return false;
        }
        String next = nextWord(text, end);
        if (next == null) {
            return false;
        }
        if (NOUN_NEXT.contains(next)) {
            return true;
        }
        return VERB_NEXT.contains(next) && !DETERMINERS.contains(previousWord(text, start));
    }

    private static String previousWord(String text, int start) {
        int j = start;
        while (j > 0 && text.charAt(j - 1) == ' ') {
            j--;
        }
        int i = j;
        while (i > 0 && Character.isLetter(text.charAt(i - 1))) {
            i--;
        }
        return i == j ? "" : DosageParser.fold(text.substring(i, j));
    }

    private static String nextWord(String text, int end) {
        int i = end;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        int j = i;
        while (j < text.length() && (Character.isLetter(text.charAt(j)) || text.charAt(j) == '\'')) {
            j++;
        }
        return j == i ? null : DosageParser.fold(text.substring(i, j));
    }

    private static int clauseStart(String text, int start) {
        for (int i = start - 1; i >= 0 && i >= start - 300; i--) {
            char c = text.charAt(i);
            if (c == '.' || c == ';' || c == '!' || c == '?' || c == ':' || c == '(') {
                return i + 1;
            }
        }
        return Math.max(0, start - 300);
    }
}
