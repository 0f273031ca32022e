package dev.kinetic.content.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.BreakIterator;
import java.text.StringCharacterIterator;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class SentenceBreaksTest {

    private static List<Integer> forward(String text) {
        BreakIterator breaks = new SentenceBreaks();
        breaks.setText(text);
        List<Integer> found = new ArrayList<>();
        for (int b = breaks.first(); b != BreakIterator.DONE; b = breaks.next()) {
            found.add(b);
        }
        return found;
    }

    @Test
    void sentencesEndAfterTheirMarkAndTheSpaceAndAtLineBreaks() {
        String text = "Lift the hips. Hold! Lower? Yes\nNext block. هل تؤلمك؟ نعم";
        assertThat(forward(text)).containsExactly(0, 15, 21, 28, 32, 44, 54, text.length());
    }

    @Test
    void marksInsideWordsOrNumbersAreNoBoundary() {
        assertThat(forward("Use 2.5 kg, e.g.at home.")).containsExactly(0, 24);
    }

    @Test
    void precedingAndFollowingFindTheNearestBoundaries() {
        BreakIterator breaks = new SentenceBreaks();
        breaks.setText(new StringCharacterIterator("One. Two. Three."));
        assertThat(breaks.following(0)).isEqualTo(5);
        assertThat(breaks.following(5)).isEqualTo(10);
        assertThat(breaks.preceding(9)).isEqualTo(5);
        assertThat(breaks.preceding(5)).isEqualTo(0);
        assertThat(breaks.preceding(0)).isEqualTo(BreakIterator.DONE);
        assertThat(breaks.following(16)).isEqualTo(BreakIterator.DONE);
        assertThat(breaks.isBoundary(10)).isTrue();
        assertThat(breaks.isBoundary(11)).isFalse();
        assertThat(breaks.last()).isEqualTo(16);
        assertThat(breaks.previous()).isEqualTo(10);
        assertThat(breaks.current()).isEqualTo(10);
    }
}
