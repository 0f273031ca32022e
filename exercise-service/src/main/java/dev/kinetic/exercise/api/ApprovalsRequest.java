package dev.kinetic.exercise.api;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/** A batch of exercises an editor has looked through and approves. */
@Schema(name = "ApprovalsRequest")
public record ApprovalsRequest(
        @NotEmpty @Size(max = 5000) List<@NotBlank String> slugs,
        @Schema(description = "The version the editor saw, per slug: a slug that changed since is answered stale") Map<String, Integer> versions,
        @Size(max = 1000) String note) {
}
