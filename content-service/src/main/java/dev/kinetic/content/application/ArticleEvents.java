package dev.kinetic.content.application;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.kinetic.contracts.EventTypes;
import dev.kinetic.contracts.Topics;
import dev.kinetic.contracts.content.ArticleEvent;
import dev.kinetic.content.domain.Article;
import dev.kinetic.content.domain.Block;
import dev.kinetic.content.domain.Dosage;
import dev.kinetic.platform.events.OutgoingEvent;

/**
 * Events of the compacted {@code content-articles} topic, keyed by article id: the full state of a
 * published article ({@link ArticleEvent}), or a notice that it is no longer published.
 */
public final class ArticleEvents {

    public static final String TOPIC = Topics.CONTENT_ARTICLES;
    public static final String PUBLISHED = EventTypes.ARTICLE_PUBLISHED;
    public static final String UNPUBLISHED = EventTypes.ARTICLE_UNPUBLISHED;

    private ArticleEvents() {
    }

    public static OutgoingEvent published(Article article) {
        return new OutgoingEvent(TOPIC, article.id().toString(), PUBLISHED, data(article));
    }

    public static OutgoingEvent unpublished(Article article) {
        return new OutgoingEvent(TOPIC, article.id().toString(), UNPUBLISHED,
                new ArticleEvent.Unpublished(article.id(), article.slug(), article.version(), article.status().slug()));
    }

    static ArticleEvent data(Article a) {
        return new ArticleEvent(a.id(), a.slug(), a.locale(), a.title(), a.summary(),
                a.sections().stream().map(s -> new ArticleEvent.Section(s.heading(), s.blocks().stream().map(ArticleEvents::block).toList()))
                        .toList(),
                new ArticleEvent.Tags(sorted(a.muscleTags()), sorted(a.conditionTags()), sorted(a.exerciseTags())),
                a.author(), a.medicalReviewer(), a.reviewedOn(), a.status().slug(), a.publishAt(), a.publishedAt(), a.version(),
                a.findings().stream()
                        .map(f -> new ArticleEvent.Finding(f.id(), f.kind(), f.message(), f.sectionIndex(), f.suggestedExercises()))
                        .toList());
    }

    private static ArticleEvent.Block block(Block block) {
        if (block instanceof Block.Paragraph p) {
            return new ArticleEvent.Block("paragraph", p.text(), p.mentions().stream().map(m -> new ArticleEvent.Mention(
                    m.kind().name().toLowerCase(Locale.ROOT), m.slug(), m.start(), m.end(), dosage(m.dosage()))).toList(),
                    null, null, null, null, null, null, null, null, null);
        }
        if (block instanceof Block.BulletList l) {
            return new ArticleEvent.Block("list", null, null, l.items().stream().map(ArticleEvents::block).toList(),
                    null, null, null, null, null, null, null, null);
        }
        if (block instanceof Block.Image i) {
            ArticleEvent.Credit credit = i.credit() == null ? null
                    : new ArticleEvent.Credit(i.credit().author(), i.credit().source(), i.credit().licence());
            return new ArticleEvent.Block("image", null, null, null, i.url(), i.alt(), i.caption(), credit, null, null, null, null);
        }
        if (block instanceof Block.Callout c) {
            return new ArticleEvent.Block("callout", c.text(), null, null, null, null, null, null, c.kind(), null, null, null);
        }
        Block.ExerciseReference r = (Block.ExerciseReference) block;
        List<ArticleEvent.Block> body = r.body().isEmpty() ? null : r.body().stream().map(ArticleEvents::block).toList();
        return new ArticleEvent.Block("exercise", null, null, body, null, null, null, null, null, r.exerciseSlug(), r.name(),
                dosage(r.dosage()));
    }

    private static ArticleEvent.Dosage dosage(Dosage d) {
        return d == null ? null : new ArticleEvent.Dosage(d.sets(), d.repsMin(), d.repsMax(), d.holdSeconds(), d.perSide(),
                d.restSeconds(), d.lowerSeconds());
    }

    private static List<String> sorted(Set<String> values) {
        return values.stream().sorted().toList();
    }
}
