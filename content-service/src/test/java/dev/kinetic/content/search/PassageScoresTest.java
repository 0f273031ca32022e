package dev.kinetic.content.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

class PassageScoresTest {

    private static final String[] WORDS = { "glute", "bridg", "squat", "back", "pain", "hip", "thrust", "plank" };

    private final PassageScorer lucene = new PassageScorer();
    private final PassageScores scores = new PassageScores();

    /** A passage with {@code matches} matches drawn from a few terms, so terms repeat in any order. */
    private static Passage passage(Random random, int matches) {
        Passage passage = new Passage();
        int start = random.nextInt(5_000);
        passage.setStartOffset(start);
        passage.setEndOffset(start + matches * 40 + random.nextInt(100)); // matches lie within the passage
        int offset = start;
        for (int i = 0; i < matches; i++) {
            String word = WORDS[random.nextInt(1 + random.nextInt(WORDS.length))];
            passage.addMatch(offset, offset + word.length(), new BytesRef(word), 1 + random.nextInt(40));
            offset += word.length() + 1 + random.nextInt(30);
        }
        return passage;
    }

    @Test
    void scoresEveryPassageExactlyAsLuceneDoes() {
        Random random = new Random(7);
        for (int n = 0; n < 5_000; n++) {
            Passage passage = passage(random, random.nextInt(PassageScores.COUNTED_IN_PLACE + 20));
            int contentLength = passage.getEndOffset() + random.nextInt(20_000);
            assertThat(Float.floatToIntBits(scores.score(passage, contentLength)))
                    .as("passage %d: %s", n, passage)
                    .isEqualTo(Float.floatToIntBits(lucene.score(passage, contentLength)));
        }
    }

    @Test
    void aRepeatedTermCountsOnceWithItsFrequencyInThePassage() {
        Passage once = new Passage();
        once.setEndOffset(100);
        once.addMatch(0, 5, new BytesRef("glute"), 3);
        Passage thrice = new Passage();
        thrice.setEndOffset(100);
        for (int i = 0; i < 3; i++) {
            thrice.addMatch(i * 10, i * 10 + 5, new BytesRef("glute"), 3);
        }
        assertThat(scores.score(thrice, 1_000)).isGreaterThan(scores.score(once, 1_000))
                .isLessThan(3 * scores.score(once, 1_000)); // BM25's term frequency saturates
    }
}
