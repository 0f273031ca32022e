package dev.kinetic.content.persistence;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.kinetic.content.domain.Article;
import dev.kinetic.content.domain.ArticleStatus;
import dev.kinetic.content.domain.Block;
import dev.kinetic.content.domain.Dosage;
import dev.kinetic.content.domain.IngestionReport.Finding;
import dev.kinetic.content.domain.Mention;
import dev.kinetic.content.domain.Section;

/** Between the domain article and its stored document. */
final class ArticleDocuments {

    private ArticleDocuments() {
    }

    static ArticleDocument of(Article a) {
        return new ArticleDocument(a.id(), a.slug(), a.locale(), a.title(), a.summary(),
                a.sections().stream().map(s -> new ArticleDocument.Section(s.heading(), s.blocks().stream().map(ArticleDocuments::block).toList()))
                        .toList(),
                new ArticleDocument.Tags(sorted(a.muscleTags()), sorted(a.conditionTags()), sorted(a.exerciseTags())),
                a.author(), a.medicalReviewer(), a.reviewedOn(), a.status().slug(), a.publishAt(), a.publishedAt(), a.version(),
                a.findings().stream()
                        .map(f -> new ArticleDocument.Finding(f.id(), f.kind(), f.message(), f.sectionIndex(), f.suggestedExercises()))
                        .toList());
    }

    static Article toArticle(ArticleDocument d) {
        ArticleDocument.Tags tags = d.tags() == null ? new ArticleDocument.Tags(null, null, null) : d.tags();
        return new Article(d.id(), d.slug(), d.locale(), d.title(), d.summary(),
                orEmpty(d.sections()).stream().map(s -> new Section(s.heading(), orEmpty(s.blocks()).stream().map(ArticleDocuments::block)
                        .toList())).toList(),
                set(tags.muscles()), set(tags.conditions()), set(tags.exercises()), d.author(), d.medicalReviewer(), d.reviewedOn(),
                ArticleStatus.of(d.status()), d.publishAt(), d.publishedAt(), d.version(),
                orEmpty(d.findings()).stream().map(f -> new Finding(f.id(), f.kind(), f.message(), f.section(),
                        orEmpty(f.suggestedExercises()))).toList());
    }

    private static ArticleDocument.Block block(Block block) {
        if (block instanceof Block.Paragraph p) {
            return new ArticleDocument.Block("paragraph", p.text(), p.mentions().stream().map(m -> new ArticleDocument.Mention(
                    m.kind().name().toLowerCase(Locale.ROOT), m.slug(), m.start(), m.end(), dosage(m.dosage()))).toList(),
                    null, null, null, null, null, null, null, null, null);
        }
        if (block instanceof Block.BulletList l) {
            return new ArticleDocument.Block("list", null, null, l.items().stream().map(ArticleDocuments::block).toList(),
                    null, null, null, null, null, null, null, null);
        }
        if (block instanceof Block.Image i) {
            ArticleDocument.Credit credit = i.credit() == null ? null
                    : new ArticleDocument.Credit(i.credit().author(), i.credit().source(), i.credit().licence());
            return new ArticleDocument.Block("image", null, null, null, i.url(), i.alt(), i.caption(), credit, null, null, null, null);
        }
        if (block instanceof Block.Callout c) {
            return new ArticleDocument.Block("callout", c.text(), null, null, null, null, null, null, c.kind(), null, null, null);
        }
        Block.ExerciseReference r = (Block.ExerciseReference) block;
        List<ArticleDocument.Block> body = r.body().isEmpty() ? null : r.body().stream().map(ArticleDocuments::block).toList();
        return new ArticleDocument.Block("exercise", null, null, body, null, null, null, null, null, r.exerciseSlug(), r.name(),
                dosage(r.dosage()));
    }

    private static Block block(ArticleDocument.Block b) {
        return switch (b.type()) {
            case "paragraph" -> new Block.Paragraph(b.text(), orEmpty(b.mentions()).stream()
                    .map(m -> new Mention(Mention.Kind.valueOf(m.kind().toUpperCase(Locale.ROOT)), m.slug(), m.start(), m.end(),
                            dosage(m.dosage())))
                    .toList());
            case "list" -> new Block.BulletList(orEmpty(b.items()).stream().map(i -> (Block.Paragraph) block(i)).toList(), false);
            case "image" -> new Block.Image(b.url(), b.alt(), b.caption(), b.credit() == null ? null
                    : new Block.Credit(b.credit().author(), b.credit().source(), b.credit().licence()));
            case "callout" -> new Block.Callout(b.kind(), b.text());
            case "exercise" -> new Block.ExerciseReference(b.exercise(), b.name(), dosage(b.dosage()),
                    orEmpty(b.items()).stream().map(ArticleDocuments::block).toList());
            default -> throw new IllegalStateException("Stored block of unknown type " + b.type());
        };
    }

    private static ArticleDocument.Dosage dosage(Dosage d) {
        return d == null ? null : new ArticleDocument.Dosage(d.sets(), d.repsMin(), d.repsMax(), d.holdSeconds(), d.perSide(),
                d.restSeconds(), d.lowerSeconds());
    }

    private static Dosage dosage(ArticleDocument.Dosage d) {
        return d == null ? null : new Dosage(d.sets(), d.repsMin(), d.repsMax(), d.holdSeconds(), d.perSide(), d.restSeconds(),
                d.lowerSeconds());
    }

    private static List<String> sorted(Set<String> values) {
        return values.stream().sorted().toList();
    }

    private static Set<String> set(List<String> values) {
        return values == null ? Set.of() : new LinkedHashSet<>(values);
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
