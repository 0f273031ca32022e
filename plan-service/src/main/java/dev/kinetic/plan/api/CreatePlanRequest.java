package dev.kinetic.plan.api;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.kinetic.plan.domain.Goal;
import dev.kinetic.plan.domain.Level;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a partner app sends to ask for a plan. */
@Schema(name = "PlanRequest")
public record CreatePlanRequest(
        @NotEmpty @Size(max = 4) List<@NotNull Goal> goals,
        @NotNull Level level,
        @Schema(description = "Equipment the person owns, as catalog slugs; bodyweight is always assumed", examples = "mini-band")
        @Size(max = 30) List<@NotNull @Pattern(regexp = SLUG) String> equipment,
        @NotNull @Min(1) @Max(7) Integer daysPerWeek,
        @NotNull @Min(15) @Max(120) Integer minutesPerSession,
        @NotNull @Min(1) @Max(16) Integer weeks,
        @Schema(description = "Health conditions, from the catalog's condition vocabulary", examples = "low-back-pain")
        @Size(max = 11) List<@NotNull @Pattern(regexp = SLUG) String> conditions,
        @Schema(description = "Pain right now, 0-10") @NotNull @Min(0) @Max(10) Integer currentPain,
        @Schema(description = "Age in years; required with screening") @Min(13) @Max(110) Integer age,
        @Schema(description = "Red-flag screening; required when a back condition is given") @Valid Screening screening,
        @Size(max = 100) List<@NotNull @Pattern(regexp = SLUG) String> excludeExercises,
        @Schema(description = "First day of the plan; today in the time zone if absent") LocalDate startDate,
        @Schema(description = "IANA time zone of the person", examples = "Europe/Berlin") @Size(max = 64) String timeZone,
        @Schema(description = "Local time sessions start, for the calendar", examples = "18:00") LocalTime sessionTime,
        @Schema(description = "Language for linked articles", examples = "en") @Pattern(regexp = "[a-z]{2}") String locale) {

    static final String SLUG = "[a-z0-9]+(-[a-z0-9]+)*";
}
