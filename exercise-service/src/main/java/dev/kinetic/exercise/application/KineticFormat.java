package dev.kinetic.exercise.application;

import java.io.InputStream;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import dev.kinetic.exercise.domain.Exercise;
import dev.kinetic.exercise.domain.Translation;

/**
 * Kinetic's own exercise format, which is the API's exercise request: the API layer defines it, and the
 * import and the seed catalog read records through this port, held to exactly the request's constraints.
 */
public interface KineticFormat {

    /** One record of an import file, translated or rejected with the reason. */
    Translation translate(JsonNode record);

    /** A whole file of records that must all be valid (the team's seed catalog). */
    List<Exercise> readAll(InputStream in);
}
