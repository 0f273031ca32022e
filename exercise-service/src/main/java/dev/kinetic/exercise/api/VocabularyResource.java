package dev.kinetic.exercise.api;

import java.util.Arrays;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.kinetic.exercise.domain.Equipment;
import dev.kinetic.exercise.domain.Muscle;
import dev.kinetic.exercise.domain.MuscleGroup;
import dev.kinetic.exercise.domain.Vocabulary;
import io.smallrye.common.annotation.NonBlocking;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * The catalog's muscle and equipment vocabularies, with labels, so clients never hard-code them
 * (patterns, levels and conditions are served under /api/v1/exercises).
 */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@NonBlocking
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

    static List<Term> terms(Vocabulary[] values) {
        return Arrays.stream(values).map(v -> new Term(v.slug(), v.label())).toList();
    }
}
