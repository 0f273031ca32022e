package dev.kinetic.plan.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.kinetic.plan.domain.Adjustment.Action;
import dev.kinetic.plan.domain.SessionFeedback.ExerciseFeedback;
import dev.kinetic.plan.domain.SessionFeedback.Rating;

/** Every feedback rule, and the order they apply in, as a table. Baseline pain is 3/10 throughout. */
class FeedbackRulesTest {

    private static final int BASELINE = 3;

    private static SessionFeedback fb(boolean completed, Integer effort, int during, int nextDay, List<ExerciseFeedback> exercises,
            Set<RedFlag> symptoms) {
        return new SessionFeedback(completed, effort, during, nextDay, exercises, symptoms);
    }

    private static SessionFeedback fb(boolean completed, Integer effort, int during, int nextDay) {
        return fb(completed, effort, during, nextDay, List.of(), Set.of());
    }

    private static ExerciseFeedback rated(String slug, Rating rating) {
        return new ExerciseFeedback(slug, 2, 10, rating);
    }

    static Stream<Arguments> table() {
        SessionFeedback easy = fb(true, 5, 1, 2);
        SessionFeedback bridgeTooEasy = fb(true, 7, 2, 2, List.of(rated("glute-bridge", Rating.TOO_EASY),
                rated("clamshell", Rating.RIGHT)), Set.of());
        return Stream.of(
                // new red-flag symptom pauses, whatever else was reported, and the most urgent flag comes first
                Arguments.of("red flag while pain is fine", fb(true, 5, 1, 1, List.of(), Set.of(RedFlag.HISTORY_OF_CANCER,
                        RedFlag.SADDLE_NUMBNESS)), null, Action.PAUSE, Set.of(), false),
                Arguments.of("red flag beats high pain", fb(true, 9, 9, 9, List.of(), Set.of(RedFlag.FEVER_OR_CHILLS)), null,
                        Action.PAUSE, Set.of(), false),
                // pain above 5/10 during: too much
                Arguments.of("pain 6 during", fb(true, 7, 6, 3), null, Action.REGRESS, Set.of(), true),
                Arguments.of("pain 9 during, not completed", fb(false, null, 9, 3), null, Action.REGRESS, Set.of(), true),
                // next day worse than before the plan
                Arguments.of("next day above baseline", fb(true, 6, 4, 5), null, Action.REGRESS, Set.of(), true),
                Arguments.of("pain 5 during settling to baseline", fb(true, 7, 5, 3), null, Action.KEEP, Set.of(), false),
                // acceptable pain, an exercise too hard: that exercise steps down, volume kept
                Arguments.of("one exercise too hard", fb(true, 8, 2, 2, List.of(rated("clamshell", Rating.TOO_HARD),
                        rated("dead-bug", Rating.RIGHT)), Set.of()), null, Action.REGRESS, Set.of("clamshell"), false),
                // not completed, pain fine: keep
                Arguments.of("not completed", fb(false, null, 2, 2), easy, Action.KEEP, Set.of(), false),
                // easy twice in a row: progress everything
                Arguments.of("two easy sessions", easy, easy, Action.PROGRESS, Set.of(), false),
                Arguments.of("easy by ratings twice", fb(true, 8, 1, 1, List.of(rated("clamshell", Rating.TOO_EASY)), Set.of()),
                        fb(true, null, 1, 1, List.of(rated("clamshell", Rating.TOO_EASY)), Set.of()), Action.PROGRESS, Set.of(),
                        false),
                Arguments.of("easy once", easy, null, Action.KEEP, Set.of(), false),
                Arguments.of("easy after a hard one", easy, fb(true, 9, 3, 3), Action.KEEP, Set.of(), false),
                // one exercise too easy twice in a row: it alone progresses
                Arguments.of("bridge too easy twice", bridgeTooEasy, bridgeTooEasy, Action.PROGRESS, Set.of("glute-bridge"), false),
                Arguments.of("bridge too easy once", bridgeTooEasy, fb(true, 7, 2, 2), Action.KEEP, Set.of(), false),
                Arguments.of("ordinary session", fb(true, 7, 3, 3), fb(true, 7, 3, 3), Action.KEEP, Set.of(), false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void decides(String name, SessionFeedback feedback, SessionFeedback previous, Action action, Set<String> exercises,
            boolean reduceVolume) {
        Adjustment adjustment = new FeedbackRules().decide(feedback, BASELINE, previous);
        assertThat(adjustment.action()).isEqualTo(action);
        assertThat(adjustment.exercises()).isEqualTo(exercises);
        assertThat(adjustment.reduceVolume()).isEqualTo(reduceVolume);
        assertThat(adjustment.reason()).isNotBlank();
    }

    @org.junit.jupiter.api.Test
    void aPauseListsTheMostUrgentFlagFirst() {
        Adjustment pause = new FeedbackRules().decide(fb(true, 5, 1, 1, List.of(),
                Set.of(RedFlag.HISTORY_OF_CANCER, RedFlag.SADDLE_NUMBNESS, RedFlag.FEVER_OR_CHILLS)), BASELINE, null);
        assertThat(pause.flags()).containsExactly(RedFlag.SADDLE_NUMBNESS, RedFlag.FEVER_OR_CHILLS, RedFlag.HISTORY_OF_CANCER);
    }
}
