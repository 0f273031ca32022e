package dev.kinetic.exercise.application;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.jboss.logging.Logger;


import dev.kinetic.exercise.config.CatalogConfig;
import dev.kinetic.exercise.domain.Exercise;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Loads the team's own seed catalog at start-up. Idempotent: unchanged exercises are left alone
 * (no new version, no event), changed ones are updated, so editing the file and redeploying works.
 */
@ApplicationScoped
public class CatalogSeed {

    static final String RESOURCE = "/catalog/seed-exercises.json";
    private static final Logger LOG = Logger.getLogger(CatalogSeed.class);

    private final UpsertExercises editor;
    private final KineticFormat kinetic;
    private final CatalogConfig config;

    public CatalogSeed(UpsertExercises editor, KineticFormat kinetic, CatalogConfig config) {
        this.editor = editor;
        this.kinetic = kinetic;
        this.config = config;
    }

    void onStart(@Observes StartupEvent event) {
        if (!config.seed()) {
            return;
        }
        List<UpsertExercises.Outcome> outcomes = editor.upsertAll(exercises(), "kinetic-seed", false, editor.seedReview());
        long written = outcomes.stream().filter(o -> o.kind() != UpsertExercises.Outcome.Kind.UNCHANGED).count();
        LOG.infof("Seed catalog: %d exercises, %d created or updated", outcomes.size(), written);
    }

    public List<Exercise> exercises() {
        try (InputStream in = CatalogSeed.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + RESOURCE);
            }
            return kinetic.readAll(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
