package dev.kinetic.plan.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.kinetic.plan.domain.Trauma;
import jakarta.validation.constraints.NotNull;

/** Answers to the red-flag questions; every question must be answered, none is assumed "no". */
@Schema(name = "Screening")
public record Screening(
        @Schema(description = "Numbness around the genitals, buttocks or inner thighs") @NotNull Boolean saddleNumbness,
        @Schema(description = "New difficulty passing urine, or leaking") @NotNull Boolean newBladderProblems,
        @NotNull Boolean bowelIncontinence,
        @Schema(description = "Weakness in a leg that is getting worse") @NotNull Boolean progressiveLegWeakness,
        @Schema(description = "Recent injury to the back: none, minor (a fall from standing, a strenuous lift) or major")
        @NotNull Trauma recentTrauma,
        @NotNull Boolean osteoporosis,
        @NotNull Boolean historyOfCancer,
        @NotNull Boolean feverOrChills,
        @NotNull Boolean unexplainedWeightLoss,
        @NotNull Boolean recentBacterialInfection,
        @NotNull Boolean intravenousDrugUse,
        @NotNull Boolean immunosuppression,
        @Schema(description = "Pain that is worse lying down or severe at night") @NotNull Boolean painWorseLyingDownOrAtNight,
        @Schema(description = "This is a new episode of back pain") @NotNull Boolean newEpisode) {
}
