package dev.kinetic.plan.application;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.kinetic.plan.domain.RedFlag;
import dev.kinetic.plan.domain.RedFlagScreen;
import dev.kinetic.plan.domain.Urgency;

/** Why a person should see a clinician instead of (or before) exercising, and how soon. */
@Schema(name = "Referral")
public record Referral(Urgency urgency, String advice, List<RedFlag> flags, List<String> reasons) {

    public static Referral of(Urgency urgency, List<RedFlag> flags) {
        return new Referral(urgency, advice(urgency), flags, flags.stream().map(RedFlag::reason).toList());
    }

    public static Referral of(RedFlagScreen.Referral referral) {
        return of(referral.urgency(), referral.flags());
    }

    static String advice(Urgency urgency) {
        return switch (urgency) {
            case SAME_DAY_EMERGENCY -> "Go to an emergency department today. Do not start or continue exercise.";
            case URGENT -> "See a doctor within the next day or two before doing any exercise.";
            case SOON -> "Book an appointment with a doctor or physiotherapist within one to two weeks and have this "
                    + "assessed before starting an exercise programme.";
        };
    }
}
