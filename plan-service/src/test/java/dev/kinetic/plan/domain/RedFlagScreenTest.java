package dev.kinetic.plan.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RedFlagScreenTest {

    private final RedFlagScreen screen = new RedFlagScreen();

    private static ScreeningAnswers with(int age, int pain, Trauma trauma, boolean... flags) {
        return new ScreeningAnswers(age, pain, flags[0], flags[1], flags[2], flags[3], trauma, flags[4], flags[5], flags[6],
                flags[7], flags[8], flags[9], flags[10], flags[11], flags[12]);
    }

    /** One answer switched on at a time, in the order of ScreeningAnswers' booleans. */
    private static ScreeningAnswers only(int index, int age) {
        boolean[] flags = new boolean[13];
        flags[index] = true;
        return with(age, 3, Trauma.NONE, flags);
    }

    static Stream<Arguments> everyRedFlag() {
        return Stream.of(
                Arguments.of("saddle numbness", only(0, 40), RedFlag.SADDLE_NUMBNESS, Urgency.SAME_DAY_EMERGENCY),
                Arguments.of("new bladder problems", only(1, 40), RedFlag.NEW_BLADDER_PROBLEMS, Urgency.SAME_DAY_EMERGENCY),
                Arguments.of("bowel incontinence", only(2, 40), RedFlag.BOWEL_INCONTINENCE, Urgency.SAME_DAY_EMERGENCY),
                Arguments.of("progressive leg weakness", only(3, 40), RedFlag.PROGRESSIVE_LEG_WEAKNESS, Urgency.SAME_DAY_EMERGENCY),
                Arguments.of("major trauma", with(30, 3, Trauma.MAJOR, new boolean[13]), RedFlag.MAJOR_TRAUMA, Urgency.URGENT),
                Arguments.of("minor trauma over 50", with(62, 3, Trauma.MINOR, new boolean[13]),
                        RedFlag.MINOR_TRAUMA_WITH_FRAGILE_BONES, Urgency.URGENT),
                Arguments.of("minor trauma with osteoporosis", with(45, 3, Trauma.MINOR, osteoporosis()),
                        RedFlag.MINOR_TRAUMA_WITH_FRAGILE_BONES, Urgency.URGENT),
                Arguments.of("history of cancer", only(5, 40), RedFlag.HISTORY_OF_CANCER, Urgency.SOON),
                Arguments.of("fever or chills", only(6, 40), RedFlag.FEVER_OR_CHILLS, Urgency.URGENT),
                Arguments.of("unexplained weight loss", only(7, 40), RedFlag.UNEXPLAINED_WEIGHT_LOSS, Urgency.SOON),
                Arguments.of("recent bacterial infection", only(8, 40), RedFlag.RECENT_BACTERIAL_INFECTION, Urgency.URGENT),
                Arguments.of("intravenous drug use", only(9, 40), RedFlag.INTRAVENOUS_DRUG_USE, Urgency.URGENT),
                Arguments.of("immunosuppression", only(10, 40), RedFlag.IMMUNOSUPPRESSION, Urgency.URGENT),
                Arguments.of("pain worse at night or lying down", only(11, 40), RedFlag.NIGHT_OR_REST_PAIN, Urgency.SOON),
                Arguments.of("new episode over 50", only(12, 55), RedFlag.NEW_PAIN_OVER_50, Urgency.SOON),
                Arguments.of("new episode under 20", only(12, 17), RedFlag.NEW_PAIN_UNDER_20, Urgency.SOON),
                Arguments.of("pain 8/10", with(35, 8, Trauma.NONE, new boolean[13]), RedFlag.PAIN_TOO_HIGH_TO_START, Urgency.SOON));
    }

    private static boolean[] osteoporosis() {
        boolean[] flags = new boolean[13];
        flags[4] = true;
        return flags;
    }

    @ParameterizedTest(name = "{0} -> {3}")
    @MethodSource("everyRedFlag")
    void everyRedFlagRefersWithItsUrgencyAndReason(String name, ScreeningAnswers answers, RedFlag flag, Urgency urgency) {
        assertThat(screen.screen(answers)).isInstanceOfSatisfying(RedFlagScreen.Referral.class, r -> {
            assertThat(r.flags()).containsExactly(flag);
            assertThat(r.urgency()).isEqualTo(urgency);
            assertThat(r.reasons()).containsExactly(flag.reason());
        });
    }

    @Test
    void noRedFlagsIsClear() {
        assertThat(screen.screen(ScreeningAnswers.clear(35, 4))).isInstanceOf(RedFlagScreen.Clear.class);
        assertThat(screen.screen(ScreeningAnswers.clear(35, 7))).as("7/10 is still below the threshold")
                .isInstanceOf(RedFlagScreen.Clear.class);
    }

    @Test
    void minorTraumaInAYoungPersonWithoutOsteoporosisIsNotAFlag() {
        assertThat(screen.screen(with(30, 3, Trauma.MINOR, new boolean[13]))).isInstanceOf(RedFlagScreen.Clear.class);
    }

    @Test
    void theMostUrgentFlagSetsTheUrgencyAndEveryReasonIsKept() {
        boolean[] flags = new boolean[13];
        flags[5] = true; // history of cancer: soon
        flags[0] = true; // saddle numbness: same-day emergency
        flags[6] = true; // fever: urgent
        assertThat(screen.screen(with(60, 9, Trauma.NONE, flags))).isInstanceOfSatisfying(RedFlagScreen.Referral.class, r -> {
            assertThat(r.urgency()).isEqualTo(Urgency.SAME_DAY_EMERGENCY);
            assertThat(r.flags()).containsExactlyInAnyOrder(RedFlag.SADDLE_NUMBNESS, RedFlag.FEVER_OR_CHILLS,
                    RedFlag.HISTORY_OF_CANCER, RedFlag.PAIN_TOO_HIGH_TO_START);
        });
    }

}
