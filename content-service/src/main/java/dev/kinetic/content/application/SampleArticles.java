package dev.kinetic.content.application;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.jboss.logging.Logger;

import dev.kinetic.content.config.ContentConfig;
import dev.kinetic.content.domain.Article;
import dev.kinetic.content.persistence.CatalogReadModel;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The team's own sample articles, ingested and published once the catalog has arrived over Kafka,
 * so they link to its exercises. Idempotent: a sample whose slug exists is left alone.
 */
@ApplicationScoped
public class SampleArticles {

    static final List<String> SAMPLES = List.of("weak-glutes-and-lower-back-pain.md", "tight-hip-flexors-and-pelvic-tilt.md",
            "core-stability-without-crunches.md");
    private static final Logger LOG = Logger.getLogger(SampleArticles.class);
    private static final String EDITOR = "kinetic-samples";
    private static final Duration QUIET = Duration.ofSeconds(2);

    private final IngestArticle ingestArticle;
    private final PublishArticle publishArticle;
    private final ArticleChanges changes;
    private final CatalogReadModel catalog;
    private final ContentConfig.Samples config;

    public SampleArticles(IngestArticle ingestArticle, PublishArticle publishArticle, ArticleChanges changes, CatalogReadModel catalog,
            ContentConfig config) {
        this.ingestArticle = ingestArticle;
        this.publishArticle = publishArticle;
        this.changes = changes;
        this.catalog = catalog;
        this.config = config.samples();
    }

    void onStart(@Observes StartupEvent event) {
        if (config.enabled()) {
            Thread loader = new Thread(this::loadWhenCatalogArrives, "sample-articles");
            loader.setDaemon(true);
            loader.start();
        }
    }

    private void loadWhenCatalogArrives() {
        Instant deadline = Instant.now().plus(config.catalogWait());
        long seen = -1;
        Instant changedAt = Instant.now();
        // Enough exercises, and none arriving for a moment: the catalog comes as a burst of events, and a
        // sample ingested in the middle of it would miss links to the exercises still on their way.
        while (catalog.size() < config.minimumCatalog() || Duration.between(changedAt, Instant.now()).compareTo(QUIET) < 0) {
            if (Instant.now().isAfter(deadline)) {
                LOG.warnf("Only %d catalog exercises after %s; ingesting the samples anyway", catalog.size(), config.catalogWait());
                break;
            }
            if (catalog.size() != seen) {
                seen = catalog.size();
                changedAt = Instant.now();
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        for (String sample : SAMPLES) {
            try {
                publishIfAbsent(read(sample));
            } catch (RuntimeException e) {
                LOG.errorf(e, "Sample article %s not loaded", sample);
            }
        }
    }

    private void publishIfAbsent(String markdown) {
        if (changes.exists(ArticleChanges.slugOf(markdown.lines().findFirst().orElse("").replaceFirst("^#\\s*", "")))) {
            return;
        }
        Article draft = ingestArticle.ingest(markdown, RawText.MARKDOWN, "en", EDITOR).article();
        Article published = publishArticle.publish(draft.slug(), draft.version(), EDITOR);
        LOG.infof("Published sample article %s (links %d exercises)", published.slug(), published.exerciseTags().size());
    }

    private static String read(String name) {
        try (InputStream in = SampleArticles.class.getResourceAsStream("/samples/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
