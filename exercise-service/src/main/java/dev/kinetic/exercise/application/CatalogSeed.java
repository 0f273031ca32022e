package dev.kinetic.exercise.application;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.jboss.logging.Logger;

import dev.kinetic.exercise.config.CatalogConfig;
import dev.kinetic.exercise.domain.Exercise;
import dev.kinetic.exercise.persistence.SeedMarks;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Loads the team's own seed catalog at start-up, once per version of the file: a start whose file was applied
 * before (by any replica) leaves the catalog alone, which keeps the comparison of every seed exercise out of
 * each start and an editor's later change to a seed exercise in place. A changed file is applied idempotently:
 * unchanged exercises are left alone (no new version, no event), changed ones are updated, so editing the file
 * and redeploying works.
 */
@ApplicationScoped
public class CatalogSeed {

    static final String RESOURCE = "/catalog/seed-exercises.json";
    private static final Logger LOG = Logger.getLogger(CatalogSeed.class);

    private final UpsertExercises editor;
    private final KineticFormat kinetic;
    private final SeedMarks marks;
    private final CatalogConfig config;

    public CatalogSeed(UpsertExercises editor, KineticFormat kinetic, SeedMarks marks, CatalogConfig config) {
        this.editor = editor;
        this.kinetic = kinetic;
        this.marks = marks;
        this.config = config;
    }

    void onStart(@Observes StartupEvent event) {
        if (!config.seed()) {
            return;
        }
        apply(file());
    }

    /** Applies a seed file and marks it applied, in one transaction; empty if it was applied before. */
    public Optional<List<UpsertExercises.Outcome>> apply(byte[] file) {
        String digest = digest(file);
        Optional<List<UpsertExercises.Outcome>> applied = QuarkusTransaction.requiringNew().call(() -> {
            if (marks.applied(digest)) {
                return Optional.empty();
            }
            List<UpsertExercises.Outcome> outcomes = editor.upsertAll(kinetic.readAll(new ByteArrayInputStream(file)), "kinetic-seed",
                    false, editor.seedReview());
            marks.record(digest);
            return Optional.of(outcomes);
        });
        applied.ifPresentOrElse(outcomes -> LOG.infof("Seed catalog %s: %d exercises, %d created or updated", digest.substring(0, 12),
                outcomes.size(), outcomes.stream().filter(o -> o.kind() != UpsertExercises.Outcome.Kind.UNCHANGED).count()),
                () -> LOG.infof("Seed catalog %s: applied before, left as it is", digest.substring(0, 12)));
        return applied;
    }

    public List<Exercise> exercises() {
        return kinetic.readAll(new ByteArrayInputStream(file()));
    }

    /** The seed file this release carries. */
    public byte[] file() {
        try (InputStream in = CatalogSeed.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + RESOURCE);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String digest(byte[] file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
