package dev.kinetic.plan.messaging;

import java.util.Set;
import java.util.concurrent.CompletionStage;

import dev.kinetic.contracts.EventTypes;
import dev.kinetic.contracts.Topics;
import dev.kinetic.contracts.content.ArticleEvent;
import dev.kinetic.plan.domain.PublishedArticle;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.kinetic.plan.readmodel.ArticleReadModel;
import dev.kinetic.platform.events.IncomingEvent;
import dev.kinetic.platform.events.PoisonMessageException;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Keeps this replica's index of published articles in step with content-articles; idempotent by version. A poll at a
 * time ({@link ReadModelPoll}).
 */
@ApplicationScoped
public class ArticleConsumer {

    static final String PUBLISHED = EventTypes.ARTICLE_PUBLISHED;
    static final String UNPUBLISHED = EventTypes.ARTICLE_UNPUBLISHED;

    private final ArticleReadModel articles;
    private final ObjectMapper mapper;

    public ArticleConsumer(ArticleReadModel articles, ObjectMapper mapper) {
        this.articles = articles;
        this.mapper = mapper;
    }

    @Incoming(Topics.CONTENT_ARTICLES)
    @Blocking
    public CompletionStage<Void> consume(KafkaRecordBatch<String, String> poll) {
        return ReadModelPoll.applyEach(poll, articles.catchUp(), this::apply).thenAck(poll);
    }

    private void apply(KafkaRecord<String, String> record) {
        IncomingEvent event = IncomingEvent.from(record);
        boolean published = PUBLISHED.equals(event.type());
        if (!published && !UNPUBLISHED.equals(event.type())) {
            throw new PoisonMessageException("unexpected event type " + event.type() + " on content-articles");
        }
        ArticleEvent data = event.dataAs(ArticleEvent.class, mapper);
        if (data.id() == null || data.version() == null || !data.id().toString().equals(event.key())
                || (published && (data.slug() == null || data.title() == null))) {
            throw new PoisonMessageException("event " + event.id() + " lacks id, version, slug or title, or its key differs");
        }
        if (published) {
            articles.index().publish(article(data));
        } else {
            articles.index().withdraw(data.id().toString(), data.version());
        }
    }

    private static PublishedArticle article(ArticleEvent e) {
        ArticleEvent.Tags tags = e.tagsOrNone();
        return new PublishedArticle(e.id().toString(), e.slug(), e.title(), e.localeOrDefault(), Set.copyOf(tags.exercises()),
                Set.copyOf(tags.conditions()), e.version());
    }
}
