package dev.kinetic.content.domain;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Recognises an exercise presented as an item of its own — a heading ("Forearm Plank", "Exercise 3 –
 * Bridge"), a numbered step ("1. Glute Bridge — the foundation"), a label ("Bird Dog: …"), a bold
 * lead-in, a list item, a table row or a definition term — by the name it opens with.
 */
final class ExerciseItems {

    /** An item's opening: the exercise it names, its name as written, and the text after the name. */
    record Head(String slug, String name, String rest) {
        boolean selfContained() {
            return rest != null && Words.count(rest) > 6 || rest != null && DosageParser.parse(rest).isPresent();
        }
    }

    private static final int MAX_NAME_WORDS = 8;
    private static final Set<String> ENUMERATION_WORDS = Set.of("exercise", "exercises", "step", "move", "no", "number", "day",
            "ejercicio", "paso", "movimiento", "exercice", "etape", "mouvement", "ubung", "schritt");
    private static final Set<String> QUESTION_WORDS = Set.of("why", "how", "what", "when", "which", "who", "where", "is", "are",
            "do", "does", "can", "should", "the", "a", "an", "your", "my", "our", "best", "about", "before", "after", "more", "try",
            "por", "que", "como", "cuando", "el", "la", "los", "las", "pourquoi", "comment", "le", "les", "warum", "wie", "der", "die",
            "das", "and", "y", "et", "und", "with", "con", "avec", "mit");
    private static final List<String> SEPARATORS = List.of(" — ", " – ", " - ", ": ", " (", " | ", ", ");

    private ExerciseItems() {
    }

    /** The item a block opens, if it names a catalog exercise. */
    static Optional<Head> head(SourceBlock block, EntityLinker linker, String locale) {
        String label;
        String rest;
        boolean exact = false;
        switch (block.kind()) {
            case ROW, TERM -> {
                label = block.kind() == SourceBlock.Kind.ROW ? block.cells().get(0) : block.text();
                rest = null;
            }
            case HEADING, PARAGRAPH, ITEM -> {
                String text = stripEnumeration(block.text().strip());
                if (block.lead() != null && text.length() > block.lead().length() && block.text().strip().startsWith(block.lead())) {
                    label = trimPunctuation(block.lead());
                    rest = block.text().strip().substring(block.lead().length()).strip();
                    rest = trimLeading(rest);
                    label = stripEnumeration(label);
                } else {
                    int cut = -1;
                    String sep = null;
                    for (String s : SEPARATORS) {
                        int i = text.indexOf(s);
                        if (i > 0 && (cut < 0 || i < cut)) {
                            cut = i;
                            sep = s;
                        }
                    }
                    int period = text.indexOf(". ");
                    if (period > 0 && (cut < 0 || period < cut) && Words.count(text.substring(0, period)) <= 5) {
                        cut = period;
                        sep = ". ";
                    }
                    if (cut > 0) {
                        label = text.substring(0, cut).strip();
                        exact = sep.equals(", ") || sep.equals(". ");
                        rest = trimLeading(text.substring(cut + sep.length() - (sep.equals(" (") ? 1 : 0)).strip());
                    } else {
                        if (block.kind() == SourceBlock.Kind.PARAGRAPH && !PageCleaner.headingLike(text)) {
                            return Optional.empty();
                        }
                        label = trimPunctuation(text);
                        rest = null;
                    }
                }
            }
            default -> {
                return Optional.empty();
            }
        }
        String after = rest == null || rest.isEmpty() ? null : rest;
        Optional<Match> match = match(label, linker, locale, exact);
        if (match.isEmpty()) {
            return Optional.empty();
        }
        Match m = match.get();
        if (m.dosageFrom() < 0) {
            return Optional.of(new Head(m.slug(), label, after));
        }
        // "Heel raises x 15, 3 sets", "Side-lying leg raise 2x10 per side": the dosage belongs to the rest
        String dosage = label.substring(m.dosageFrom()).strip();
        String name = trimPunctuation(label.substring(0, m.dosageFrom()));
        return Optional.of(new Head(m.slug(), name, after == null ? dosage : dosage + ", " + after));
    }

    /** The exercise a label names, and where a dosage written into the label starts (or -1). */
    record Match(String slug, int dosageFrom) {
    }

    /**
     * The exercise a short name stands for: the name must open with it (one modifier word allowed);
     * {@code exact} asks for the name and nothing else — a label cut from a sentence at a comma or a
     * full stop ("Step up with one foot, press …" is an instruction, "Side plank, hold …" an item).
     */
    static Optional<Match> match(String label, EntityLinker linker, String locale, boolean exact) {
        int words = Words.count(label);
        if (words == 0 || words > MAX_NAME_WORDS || label.endsWith("?") || Senses.againstHeading(label)) {
            return Optional.empty();
        }
        EntityLinker.Links links = linker.link(label);
        Mention exercise = links.mentions().stream().filter(m -> m.kind() == Mention.Kind.EXERCISE).findFirst().orElse(null);
        if (exercise == null) {
            return Optional.empty();
        }
        String before = label.substring(0, exercise.start());
        int wordsBefore = Words.count(before);
        if (wordsBefore > 1) {
            return Optional.empty();
        }
        if (wordsBefore == 1 && QUESTION_WORDS.contains(DosageParser.fold(before.strip()))) {
            return Optional.empty();
        }
        String matched = label.substring(exercise.start(), exercise.end());
        boolean oneWord = matched.indexOf(' ') < 0 && matched.indexOf('-') < 0;
        if (Senses.otherSense(label, exercise.start(), exercise.end(), oneWord) || Senses.advisedAgainst(label, exercise.start())) {
            return Optional.empty();
        }
        String remainder = label.substring(exercise.end());
        int dosageFrom = dosageStart(remainder, locale);
        if (dosageFrom >= 0) {
            remainder = remainder.substring(0, dosageFrom);
            dosageFrom += exercise.end();
        }
        int after = Words.count(remainder);
        if (wordsBefore + after > 4 || exact && wordsBefore + after > 0) {
            return Optional.empty();
        }
        return Optional.of(new Match(exercise.slug(), dosageFrom));
    }

    /** Where, in the text after a name, a dosage begins that runs to its end ("x 15", "2x10 per side"), or -1. */
    private static int dosageStart(String remainder, String locale) {
        for (int i = 0; i < remainder.length(); i++) {
            char c = remainder.charAt(i);
            boolean start = Character.isDigit(c) || (c == 'x' || c == '×') && (i + 1 < remainder.length())
                    && (remainder.charAt(i + 1) == ' ' || Character.isDigit(remainder.charAt(i + 1)));
            if (start && (i == 0 || !Character.isLetterOrDigit(remainder.charAt(i - 1)))) {
                String tail = remainder.substring(i);
                return DosageParser.isOnlyDosage(tail, locale) ? i : -1;
            }
        }
        return -1;
    }

    /**
     * "Exercise 3 – Bridge", "1. Bridge", "#1 Bridge", "Step 2: Bridge", "Exercice n°2 : Pont", "1. Übung:
     * Beckenheben" without the numbering.
     */
    static String stripEnumeration(String text) {
        String once = stripOneEnumeration(text);
        String lower = DosageParser.fold(once);
        for (String word : ENUMERATION_WORDS) {
            if (lower.startsWith(word) && once.length() > word.length()
                    && (once.charAt(word.length()) == ':' || once.startsWith(": ", word.length() + 1))) {
                return trimLeading(once.substring(word.length()));
            }
        }
        return once.equals(text) ? text : stripOneEnumeration(once);
    }

    private static String stripOneEnumeration(String text) {
        String t = text;
        int i = 0;
        if (t.startsWith("#")) {
            i = 1;
        }
        int wordEnd = i;
        while (wordEnd < t.length() && Character.isLetter(t.charAt(wordEnd))) {
            wordEnd++;
        }
        if (wordEnd > i && ENUMERATION_WORDS.contains(DosageParser.fold(t.substring(i, wordEnd)))) {
            int j = wordEnd;
            while (j < t.length() && (t.charAt(j) == ' ' || t.charAt(j) == '.' || t.charAt(j) == '#' || t.charAt(j) == '°'
                    || t.charAt(j) == 'º' || (t.charAt(j) == 'n' || t.charAt(j) == 'N') && j + 1 < t.length()
                    && "°º.r".indexOf(t.charAt(j + 1)) >= 0)) {
                j++;
            }
            int digits = j;
            while (digits < t.length() && Character.isDigit(t.charAt(digits))) {
                digits++;
            }
            if (digits > j) {
                i = digits;
            }
        } else {
            int digits = i;
            while (digits < t.length() && Character.isDigit(t.charAt(digits))) {
                digits++;
            }
            if (digits > i && digits - i <= 2 && digits < t.length() && ".):".indexOf(t.charAt(digits)) >= 0) {
                i = digits + 1;
            } else if (digits > i && i == 1) {
                i = digits;
            } else {
                return text;
            }
        }
        return trimLeading(t.substring(i));
    }

    private static String trimLeading(String s) {
        int i = 0;
        while (i < s.length() && (Character.isWhitespace(s.charAt(i)) || "—–-:.|)".indexOf(s.charAt(i)) >= 0)) {
            i++;
        }
        return s.substring(i);
    }

    static String trimPunctuation(String s) {
        String t = s.strip();
        while (!t.isEmpty() && ".:;,—–-".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t;
    }
}
