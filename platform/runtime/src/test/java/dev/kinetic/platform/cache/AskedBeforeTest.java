package dev.kinetic.platform.cache;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AskedBeforeTest {

    private final AskedBefore asked = new AskedBefore();

    private record Question(String q, int size) {
    }

    @Test
    void aQuestionIsNewOnceAndThenAskedBefore() {
        assertThat(asked.noteAndCheck(new Question("glute bridge", 10))).isFalse();
        assertThat(asked.noteAndCheck(new Question("glute bridge", 10))).isTrue();
        assertThat(asked.noteAndCheck(new Question("glute bridge", 10))).isTrue();
        assertThat(asked.noteAndCheck(new Question("glute bridge", 20))).as("another size is another question").isFalse();
    }

    @Test
    void fewQuestionsAskedOnceAreTakenForQuestionsAskedBefore() {
        int mistaken = 0;
        for (int i = 0; i < 20_000; i++) {
            if (asked.noteAndCheck(new Question("q" + i, 10))) {
                mistaken++;
            }
        }
        assertThat(mistaken).as("false positives of 20,000 new questions").isLessThan(400);
    }

    @Test
    void aQuestionIsRememberedForAWindowOfNewQuestionsThenForgotten() {
        Question early = new Question("side plank", 10);
        asked.noteAndCheck(early);
        for (int i = 0; i < AskedBefore.WINDOW; i++) {
            asked.noteAndCheck(new Question("filler" + i, 10));
        }
        assertThat(asked.noteAndCheck(early)).as("within the window, in the older filter").isTrue();
        Question late = new Question("bird dog", 10);
        assertThat(asked.noteAndCheck(late)).isFalse();
        for (int i = 0; i < 2 * AskedBefore.WINDOW; i++) {
            asked.noteAndCheck(new Question("more" + i, 10));
        }
        assertThat(asked.noteAndCheck(late)).as("two windows later it has been dropped").isFalse();
    }
}
