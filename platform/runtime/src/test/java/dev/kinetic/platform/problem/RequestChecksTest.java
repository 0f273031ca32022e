package dev.kinetic.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Field violations as a client reads them: every one at once, with its path through lists and nested records. */
class RequestChecksTest {

    record Dosage(@Min(1) int sets, @NotBlank String reps) {
    }

    record Session(@NotBlank String name, @Valid @NotNull Dosage dosage) {
    }

    record Routine(@NotBlank String title, @Size(max = 3) List<@Valid Session> sessions, @Valid Dosage warmUp) {
    }

    private static ValidatorFactory validators;

    @BeforeAll
    static void factory() {
        validators = Validation.byProvider(HibernateValidator.class).configure()
                .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory();
    }

    @AfterAll
    static void close() {
        validators.close();
    }

    @Test
    void everyViolationOfABodyIsReportedWithItsPathDownThroughListsAndNestedRecords() {
        Routine routine = new Routine(" ", List.of(new Session("squats", new Dosage(3, "8-12")),
                new Session("", new Dosage(0, "")), new Session("bridges", null)), new Dosage(0, "10"));

        List<Violation> violations = new RequestChecks(validators.getValidator()).of(routine);

        assertThat(violations).extracting(Violation::field).containsExactly("sessions[1].dosage.reps", "sessions[1].dosage.sets",
                "sessions[1].name", "sessions[2].dosage", "title", "warmUp.sets");
    }

    @Test
    void aValidBodyHasNoViolationsAndNoBodyIsLeftToTheCaller() {
        RequestChecks checks = new RequestChecks(validators.getValidator());

        assertThat(checks.of(new Routine("legs", List.of(new Session("squats", new Dosage(3, "8-12"))), null))).isEmpty();
        assertThat(checks.of(null)).isEmpty();
    }
}
