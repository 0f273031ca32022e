package dev.kinetic.content.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the dosage phrases articles write, in English, Spanish, French and German: "3 sets of 10-12",
 * "three sets of twelve per leg", "2 x 30s hold per side", "15 reps x 2", "Hold for 5 seconds. Repeat 10
 * times.", "2 rounds of 10 on each side", "3 series de 8 a 10 repeticiones por lado", "3 Sätze à 12
 * Wiederholungen je Seite". Frequencies ("twice a day", "3 times a week") are not sets, pain scales
 * ("3 out of 10") and distances are not reps, rest is not a hold.
 *
 * <p>The text is cut into tokens once and read left to right with a bounded look-around, so the cost is
 * linear in the text and no regular expression is involved.
 */
public final class DosageParser {

    private static final Set<String> SETS = Set.of("set", "sets", "round", "rounds", "circuit", "circuits", "serie", "series",
            "ronda", "rondas", "vuelta", "vueltas", "tour", "tours", "satz", "satze", "runde", "runden", "durchgang", "durchgange");
    private static final Set<String> REPS = Set.of("rep", "reps", "repetition", "repetitions", "lift", "lifts", "cycle", "cycles",
            "step", "steps", "breath", "breaths", "pulse", "pulses", "raise", "raises", "repeticion", "repeticiones", "rep.",
            "pasos", "ciclos", "wiederholung", "wiederholungen", "wdh", "schritte");
    private static final Set<String> TIMES = Set.of("times", "time", "veces", "vez", "fois", "mal");
    private static final Set<String> SECONDS = Set.of("s", "sec", "secs", "second", "seconds", "seg", "segs", "segundo", "segundos",
            "seconde", "secondes", "sek", "sekunde", "sekunden");
    private static final Set<String> MINUTES = Set.of("min", "mins", "minute", "minutes", "minuto", "minutos", "minuten");
    private static final Set<String> HOLD = Set.of("hold", "holds", "holding", "held", "mantén", "manten", "mantener", "mantenga",
            "aguanta", "aguantar", "sosten", "tenez", "tiens", "maintenez", "maintiens", "gardez", "halten", "halte", "haltet", "halt");
    private static final Set<String> REST = Set.of("rest", "resting", "rests", "recover", "recovery", "break", "descansa", "descanso",
            "descansar", "repos", "reposez", "recuperation", "erholung");
    /** A pause is rest when it falls between sets, and a hold when it is taken in a position ("pause two seconds at the top"). */
    private static final Set<String> PAUSE = Set.of("pause", "pausing", "pausa", "pausieren", "pausiere");
    private static final Set<String> BETWEEN = Set.of("between", "entre", "zwischen", "after", "despues", "apres", "nach");
    /** Nouns counting sets of a hold: "3 holds of 25 seconds". */
    private static final Set<String> HOLD_SETS = Set.of("holds", "efforts", "bouts", "intervals", "rounds");
    private static final Set<String> REPEAT = Set.of("repeat", "repeats", "repeating", "repite", "repetir", "repita", "repetez",
            "repete", "wiederhole", "wiederholen", "wiederholt");
    private static final Set<String> TEMPO = Set.of("over", "taking", "across");
    private static final Set<String> FREQUENCY = Set.of("day", "days", "daily", "week", "weeks", "weekly", "dia", "dias", "diario",
            "semana", "semanas", "jour", "jours", "semaine", "semaines", "tag", "tage", "taglich", "woche", "wochen", "morning", "evening",
            "night");
    private static final Set<String> OPERATOR = Set.of("x", "×", "*");
    private static final Set<String> RANGE = Set.of("-", "–", "—", "‑", "to", "or", "a", "o", "ou", "bis", "oder");
    private static final Set<String> CONNECT = Set.of("of", "de", "von", "a", "mit", "with", "à", "x", "×");
    private static final Set<String> SKIP_BEFORE_SIDE = Set.of("on", "in", "en", "a", "de", "auf", "for", "por", "pour", "fur");
    private static final Set<String> SIDE_FIRST = Set.of("each", "per", "a", "por", "cada", "par", "chaque", "je", "pro", "jede",
            "jeder", "jedes", "every");
    private static final Set<String> SIDE_SECOND = Set.of("side", "sides", "leg", "legs", "arm", "arms", "way", "direction", "hand",
            "foot", "lado", "lados", "pierna", "brazo", "direccion", "cote", "jambe", "bras", "seite", "bein", "richtung");
    private static final Map<String, Map<String, Integer>> NUMBER_WORDS = Map.of(
            "en", words("one 1 two 2 three 3 four 4 five 5 six 6 seven 7 eight 8 nine 9 ten 10 eleven 11 twelve 12 fifteen 15"
                    + " twenty 20  thirty 30 forty 40 fifty 50 sixty 60 ninety 90 twice 2 thrice 3"),
            "es", words("un 1 uno 1 una 1 dos 2 tres 3 cuatro 4 cinco 5 seis 6 siete 7 ocho 8 nueve 9 diez 10 once 11 doce 12"
                    + " quince 15 veinte 20 treinta 30 cuarenta 40 sesenta 60"),
            "fr", words("un 1 une 1 deux 2 trois 3 quatre 4 cinq 5 six 6 sept 7 huit 8 neuf 9 dix 10 douze 12 quinze 15 vingt 20"
                    + " trente 30 quarante 40 soixante 60"),
            "de", words("ein 1 eine 1 einen 1 zwei 2 drei 3 vier 4 funf 5 sechs 6 sieben 7 acht 8 neun 9 zehn 10 zwolf 12"
                    + " funfzehn 15 zwanzig 20 dreissig 30 vierzig 40 sechzig 60 einmal 1 zweimal 2 dreimal 3"));
    /** Words that carry their own "times": "twice a day", "dos veces" needs its noun, "zweimal" does not. */
    private static final Set<String> SELF_TIMES = Set.of("twice", "thrice", "einmal", "zweimal", "dreimal");
    private static final int MAX_VALUE = 999;
    /** A stated duration of a few minutes is how long to hold or keep going; longer ones describe the session. */
    private static final int MAX_HOLD_MINUTES = 5;

    private DosageParser() {
    }

    /** A token: a number (with the top of its range), a word (lower case, accents folded) or a symbol. */
    private record Token(Kind kind, String text, int value, int max) {
        enum Kind { NUMBER, WORD, SYMBOL }

        boolean is(Set<String> words) {
            return kind != Kind.NUMBER && words.contains(text);
        }
    }

    public static Optional<Dosage> parse(String text) {
        return parse(text, "en");
    }

    public static Optional<Dosage> parse(String text, String locale) {
        List<Token> tokens = ranges(tokens(text, TextAnalyzer.language(locale)));
        Reading r = new Reading(tokens);
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).kind() == Token.Kind.NUMBER) {
                i = r.readNumber(i);
            }
        }
        Dosage d = r.dosage();
        return d.isEmpty() ? Optional.empty() : Optional.of(d);
    }

    /** True when the text says nothing but a dosage ("3 x 12", "Sets: 2 x 15 per side"): never a heading or an item name. */
    public static boolean isOnlyDosage(String text, String locale) {
        List<Token> tokens = tokens(text, TextAnalyzer.language(locale));
        if (tokens.isEmpty() || parse(text, locale).isEmpty()) {
            return false;
        }
        int plain = 0;
        for (Token t : tokens) {
            if (t.kind() == Token.Kind.WORD && !t.is(SETS) && !t.is(REPS) && !t.is(SECONDS) && !t.is(MINUTES) && !t.is(HOLD)
                    && !t.is(TIMES) && !t.is(SIDE_FIRST) && !t.is(SIDE_SECOND) && !t.is(OPERATOR) && !t.is(RANGE) && !t.is(CONNECT)
                    && !t.is(REST) && !t.is(REPEAT)) {
                plain++;
            }
        }
        return plain <= 1;
    }

    private static final class Reading {
        private final List<Token> t;
        Integer sets;
        Integer repsMin;
        Integer repsMax;
        Integer hold;
        Integer rest;
        Integer lower;
        boolean perSide;

        Reading(List<Token> tokens) {
            this.t = tokens;
        }

        Dosage dosage() {
            return new Dosage(sets, repsMin, repsMax, hold, perSide ? Boolean.TRUE : null, rest, lower);
        }

        private boolean word(int i, Set<String> words) {
            return i >= 0 && i < t.size() && t.get(i).is(words);
        }

        private boolean number(int i) {
            return i >= 0 && i < t.size() && t.get(i).kind() == Token.Kind.NUMBER;
        }

        private boolean symbol(int i, String s) {
            return i >= 0 && i < t.size() && t.get(i).kind() == Token.Kind.SYMBOL && t.get(i).text().equals(s);
        }

        /** Whether a word of the set stands up to {@code back} tokens before i, within the same clause. */
        private boolean before(int i, int back, Set<String> words) {
            for (int k = i - 1; k >= 0 && k >= i - back; k--) {
                Token tk = t.get(k);
                if (tk.kind() == Token.Kind.SYMBOL && ".;!?".contains(tk.text())) {
                    return false;
                }
                if (tk.is(words)) {
                    return true;
                }
            }
            return false;
        }

        private void reps(Token n) {
            if (repsMin == null) {
                repsMin = n.value();
                repsMax = n.max();
            }
        }

        private void sets(Token n) {
            if (sets == null) {
                sets = n.value();
            }
        }

        /** Reads the phrase a number starts; returns the index of the last token used. */
        int readNumber(int i) {
            Token n = t.get(i);
            int j = i + 1;
            // "30-second hold", "10-rep sets": a hyphen between the number and its unit
            if (symbol(j, "-") && (word(j + 1, SECONDS) || word(j + 1, MINUTES) || word(j + 1, REPS))) {
                j++;
            }
            // 3 x 12, 2 x 30s hold, 3 × 8–12
            if (word(j, OPERATOR) && number(j + 1)) {
                Token m = t.get(j + 1);
                int after = j + 2;
                if (word(after, SECONDS) || word(after, MINUTES)) {
                    sets(n);
                    holdOrTempo(after, m, i);
                    return side(after + 1);
                }
                if (word(after, SETS)) { // 12 x 3 sets
                    reps(n);
                    sets(m);
                    return side(after + 1);
                }
                sets(n);
                reps(m);
                return side(word(after, REPS) ? after + 1 : after);
            }
            // 15 reps x 2, 10 slow reps, 6–8 lifts
            int unit = word(j, REPS) ? j : word(j + 1, REPS) && t.get(j).kind() == Token.Kind.WORD && !t.get(j).is(SETS) ? j + 1 : -1;
            if (unit > 0) {
                reps(n);
                int k = unit + 1;
                if (word(k, OPERATOR) && number(k + 1)) {
                    sets(t.get(k + 1));
                    k += 2;
                    if (word(k, SETS)) {
                        k++;
                    }
                }
                return side(k);
            }
            // 3 sets of 10, 2–3 sets of 8–10 per leg, 3 series de 12, 3 rondas
            if (word(j, SETS)) {
                sets(n);
                int k = j + 1;
                if (word(k, CONNECT) && number(k + 1)) {
                    Token m = t.get(k + 1);
                    int after = k + 2;
                    if (word(after, SECONDS) || word(after, MINUTES)) {
                        holdOrTempo(after, m, k + 1);
                        return side(after + 1);
                    }
                    reps(m);
                    return side(word(after, REPS) || word(after, TIMES) ? after + 1 : after);
                }
                return side(k);
            }
            // 3 holds of 25 seconds
            if (word(j, HOLD_SETS) && word(j + 1, CONNECT) && number(j + 2) && (word(j + 3, SECONDS) || word(j + 3, MINUTES))) {
                sets(n);
                holdOrTempo(j + 3, t.get(j + 2), j + 2);
                return side(j + 4);
            }
            // 30 seconds, 30s hold, rest 60 to 90 seconds, lower over 3 seconds
            if (word(j, SECONDS) || word(j, MINUTES)) {
                holdOrTempo(j, n, i);
                return side(j + 1);
            }
            // repeat 10 times, do it three times, twice a day
            boolean selfTimes = SELF_TIMES.contains(n.text());
            if (word(j, TIMES) || selfTimes) {
                int k = selfTimes ? j : j + 1;
                if (frequency(k)) {
                    return k;
                }
                // a hold done N times, or reps done N times, is N sets; otherwise N times is the reps
                if (before(i, 3, REPEAT)) {
                    reps(n);
                } else if (hold != null || repsMin != null) {
                    sets(n);
                } else {
                    reps(n);
                }
                return side(k);
            }
            // 10 each side, 8 por lado
            int sideEnd = sidePhrase(j);
            if (sideEnd > 0) {
                reps(n);
                perSide = true;
                return sideEnd;
            }
            // "Heel raises x 15": a times sign with no count before it gives the reps
            if (word(i - 1, OPERATOR) && !number(i - 2)) {
                reps(n);
                return side(j);
            }
            // Sets: 3, Reps: 10-12 (a label stating the unit)
            if (symbol(i - 1, ":") && word(i - 2, SETS)) {
                sets(n);
            } else if (symbol(i - 1, ":") && word(i - 2, REPS)) {
                reps(n);
                return side(j);
            }
            return i;
        }

        private void holdOrTempo(int unitIndex, Token n, int numberIndex) {
            int seconds = word(unitIndex, MINUTES) ? n.value() * 60 : n.value();
            boolean minutes = word(unitIndex, MINUTES);
            boolean pause = before(numberIndex, 3, PAUSE);
            if (before(numberIndex, 3, REST) || pause && after(unitIndex, 4, BETWEEN)) {
                if (rest == null) {
                    rest = seconds;
                }
            } else if (before(numberIndex, 2, TEMPO)) {
                if (lower == null) {
                    lower = seconds;
                }
            } else if (!minutes || before(numberIndex, 4, HOLD) || n.value() <= MAX_HOLD_MINUTES) {
                if (hold == null) {
                    hold = seconds;
                }
            }
        }

        private boolean after(int i, int ahead, Set<String> words) {
            for (int k = i + 1; k < t.size() && k <= i + ahead; k++) {
                if (t.get(k).is(words)) {
                    return true;
                }
            }
            return false;
        }

        private boolean frequency(int k) {
            for (int x = k; x < Math.min(t.size(), k + 3); x++) {
                if (t.get(x).is(FREQUENCY)) {
                    return true;
                }
            }
            return false;
        }

        /** Marks per side when a side phrase follows at k (after at most one linking word); the last index used. */
        private int side(int k) {
            int x = k;
            for (int skipped = 0; skipped < 2 && (word(x, HOLD) || word(x, REPS) || symbol(x, "(")); skipped++) {
                x++;
            }
            int end = sidePhrase(x);
            if (end > 0) {
                perSide = true;
                return end;
            }
            return k - 1;
        }

        private int sidePhrase(int k) {
            int x = k;
            if (word(x, SKIP_BEFORE_SIDE) && !word(x + 1, SIDE_SECOND)) {
                x++;
            }
            if (word(x, SIDE_FIRST)) {
                int y = x + 1;
                if (word(y, Set.of("de", "the", "single"))) {
                    y++;
                }
                if (word(y, SIDE_SECOND)) {
                    return y;
                }
            }
            return -1;
        }
    }

    private static List<Token> tokens(String text, String language) {
        Map<String, Integer> numberWords = NUMBER_WORDS.getOrDefault(language, NUMBER_WORDS.get("en"));
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isDigit(c)) {
                int start = i;
                while (i < n && Character.isDigit(text.charAt(i))) {
                    i++;
                }
                String digits = text.substring(start, Math.min(i, start + 6));
                int value = digits.length() > 3 ? MAX_VALUE + 1 : Integer.parseInt(digits);
                tokens.add(new Token(value > MAX_VALUE ? Token.Kind.WORD : Token.Kind.NUMBER, digits, value, value));
            } else if (Character.isLetter(c)) {
                int start = i;
                while (i < n && Character.isLetter(text.charAt(i))) {
                    i++;
                }
                String word = fold(text.substring(start, i));
                Integer value = numberWords.get(word);
                if (value != null) {
                    tokens.add(new Token(Token.Kind.NUMBER, word, value, value));
                } else {
                    tokens.add(new Token(Token.Kind.WORD, word, 0, 0));
                }
            } else {
                if (!Character.isWhitespace(c)) {
                    tokens.add(new Token(Token.Kind.SYMBOL, String.valueOf(c), 0, 0));
                }
                i++;
            }
        }
        return tokens;
    }

    /** Joins "8–10", "8 to 10", "de 8 a 10" into one number token with its range. */
    private static List<Token> ranges(List<Token> tokens) {
        List<Token> out = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            Token a = tokens.get(i);
            if (a.kind() == Token.Kind.NUMBER && i + 2 < tokens.size() && tokens.get(i + 1).is(RANGE)
                    && tokens.get(i + 2).kind() == Token.Kind.NUMBER && tokens.get(i + 2).value() >= a.value()) {
                Token b = tokens.get(i + 2);
                out.add(new Token(Token.Kind.NUMBER, a.text(), a.value(), b.value()));
                i += 2;
            } else {
                out.add(a);
            }
        }
        return out;
    }

    static String fold(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        boolean ascii = true;
        for (int i = 0; i < lower.length() && ascii; i++) {
            ascii = lower.charAt(i) < 128;
        }
        if (ascii) {
            return lower;
        }
        String decomposed = Normalizer.normalize(lower.replace("ß", "ss"), Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char ch = decomposed.charAt(i);
            if (Character.getType(ch) != Character.NON_SPACING_MARK) {
                sb.append(ch);
            }
        }
        return sb.toString();
    }

    private static Map<String, Integer> words(String pairs) {
        String[] parts = pairs.strip().split("\\s+");
        java.util.HashMap<String, Integer> map = new java.util.HashMap<>();
        for (int i = 0; i + 1 < parts.length; i += 2) {
            map.put(parts[i], Integer.valueOf(parts[i + 1]));
        }
        return Map.copyOf(map);
    }
}
