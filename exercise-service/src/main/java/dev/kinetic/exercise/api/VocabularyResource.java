package dev.kinetic.exercise.api;

import java.util.Arrays;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.kinetic.exercise.domain.Condition;
import dev.kinetic.exercise.domain.Equipment;
import dev.kinetic.exercise.domain.Level;
import dev.kinetic.exercise.domain.MovementPattern;
import dev.kinetic.exercise.domain.Muscle;
import dev.kinetic.exercise.domain.MuscleGroup;
import dev.kinetic.exercise.domain.Vocabulary;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The catalog's controlled vocabularies, with labels, so clients never hard-code them. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Vocabularies")
public class VocabularyResource {

    @Schema(name = "Term")
    public record Term(@Schema(examples = "gluteus-medius") String slug, @Schema(examples = "Gluteus medius") String label) {
    }

    @Schema(name = "MuscleTerm")
    public record MuscleTerm(String slug, String label, List<String> groups) {
    }

    @GET
    @Path("/muscles")
    @Operation(summary = "Muscles, each with the coarse groups it belongs to")
    public List<MuscleTerm> muscles() {
        return Arrays.stream(Muscle.values())
                .map(m -> new MuscleTerm(m.slug(), m.label(), m.groups().stream().map(MuscleGroup::slug).toList()))
                .toList();
    }

    @GET
    @Path("/muscles/groups")
    @Operation(summary = "Muscle groups; filtering by a group matches all its muscles")
    public List<Term> muscleGroups() {
        return terms(MuscleGroup.values());
    }

    @GET
    @Path("/equipment")
    public List<Term> equipment() {
        return terms(Equipment.values());
    }

    @GET
    @Path("/exercises/patterns")
    public List<Term> patterns() {
        return terms(MovementPattern.values());
    }

    @GET
    @Path("/exercises/levels")
    public List<Term> levels() {
        return terms(Level.values());
    }

    @GET
    @Path("/exercises/conditions")
    @Operation(summary = "Conditions exercises are screened against (safeFor, contraindications)")
    public List<Term> conditions() {
        return terms(Condition.values());
    }

    private static List<Term> terms(Vocabulary[] values) {
        return Arrays.stream(values).map(v -> new Term(v.slug(), v.label())).toList();
    }
}
