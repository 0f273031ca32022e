package dev.kinetic.plan.readmodel;

import dev.kinetic.contracts.Topics;

import dev.kinetic.plan.domain.ArticleIndex;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;

/** This replica's index of published articles, linked from plans, and how far it has read the topic. */
@ApplicationScoped
public class ArticleReadModel {

    public static final String TOPIC = Topics.CONTENT_ARTICLES;

    private final ArticleIndex index = new ArticleIndex();
    private final TopicCatchUp catchUp = new TopicCatchUp(TOPIC);

    public ArticleReadModel(MeterRegistry registry) {
        Gauge.builder("kinetic.articles.published", index, ArticleIndex::published)
                .description("Published articles held in plan-service's article index").register(registry);
        Gauge.builder("kinetic.articles.lag", catchUp, TopicCatchUp::lag)
                .description("content-articles records not yet applied").register(registry);
    }

    public ArticleIndex index() {
        return index;
    }

    public TopicCatchUp catchUp() {
        return catchUp;
    }
}
