package dev.kinetic.content.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class WordsTest {

    /** What a word is, as a pattern: the specification the hand-written scanner follows. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’]\\p{L}+)?");

    /** Letters and digits of several scripts and kinds, apostrophes, separators, a surrogate pair and marks. */
    private static final String[] PIECES = { "a", "Z", "é", "ñ", "ß", "Ж", "中", "٣", "²", "Ⅻ", "7", "'", "’", "'", " ", "-",
            ".", ",", "\n", "\t", "_", "\u0301", "\uD835\uDC00", "\uD83D\uDE00", "\u00A0", "s", "x", "ches", "’s" };

    private static List<String> byPattern(String text) {
        List<String> found = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            found.add(m.start() + ":" + m.end() + ":" + Words.stem(m.group()));
        }
        return found;
    }

    private static List<String> byScanner(String text) {
        return Words.tokens(text).stream().map(t -> t.start() + ":" + t.end() + ":" + t.stem()).toList();
    }

    @Test
    void theScannerFindsWhatThePatternFindsOnTextThatMixesScriptsApostrophesAndSeparators() {
        Random random = new Random(20261204);
        for (int run = 0; run < 20_000; run++) {
            StringBuilder text = new StringBuilder();
            int pieces = random.nextInt(24);
            for (int i = 0; i < pieces; i++) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String t = text.toString();
            assertThat(byScanner(t)).as("words of [%s]", t).isEqualTo(byPattern(t));
        }
    }

    @Test
    void wordsKeepAnApostropheWithTheLettersAfterItAndStemPlurals() {
        assertThat(Words.stems("It's the hip thrusts’ o’clock rock'n'roll 3x10 don'9 ends' bridges"))
                .containsExactly("it", "the", "hip", "thrust", "o'clock", "rock'n", "roll", "3x10", "don", "9", "end", "bridge");
    }
}
