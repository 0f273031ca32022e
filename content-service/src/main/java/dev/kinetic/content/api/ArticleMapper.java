package dev.kinetic.content.api;

import dev.kinetic.platform.problem.RequestChecks;
import dev.kinetic.platform.problem.Violation;

import java.util.ArrayList;
import java.util.List;

import dev.kinetic.content.api.ArticleView.BlockView;
import dev.kinetic.content.api.ArticleView.CreditView;
import dev.kinetic.content.api.ArticleView.DosageView;
import dev.kinetic.content.api.ArticleView.FindingView;
import dev.kinetic.content.api.ArticleView.MentionView;
import dev.kinetic.content.api.ArticleView.SectionView;
import dev.kinetic.content.domain.Article;
import dev.kinetic.content.domain.ArticleStatus;
import dev.kinetic.content.domain.Block;
import dev.kinetic.content.domain.Dosage;
import dev.kinetic.content.domain.IngestionReport.Finding;
import dev.kinetic.content.domain.Mention;
import dev.kinetic.content.domain.Section;

/** Between the domain article and its JSON representation (which is also what is stored and published). */
public final class ArticleMapper {

    private ArticleMapper() {
    }

    /** The article as the public sees it: without the editor's identity and the editorial findings. */
    public static ArticleView toPublicView(Article a) {
        ArticleView full = toView(a);
        return new ArticleView(full.id(), full.slug(), full.locale(), full.title(), full.summary(), full.sections(), full.tags(), null,
                full.medicalReviewer(), full.reviewedOn(), full.status(), full.publishAt(), full.publishedAt(), full.version(), null);
    }

    public static ArticleView toView(Article a) {
        return new ArticleView(a.id(), a.slug(), a.locale(), a.title(), a.summary(),
                a.sections().stream().map(s -> new SectionView(s.heading(), s.blocks().stream().map(ArticleMapper::block).toList())).toList(),
                new ArticleView.Tags(sorted(a.muscleTags()), sorted(a.conditionTags()), sorted(a.exerciseTags())),
                a.author(), a.medicalReviewer(), a.reviewedOn(), a.status().slug(), a.publishAt(), a.publishedAt(), a.version(),
                a.findings().stream().map(f -> new FindingView(f.id(), f.kind(), f.message(), f.sectionIndex(), f.suggestedExercises())).toList());
    }

    public static Article fromView(ArticleView v) {
        List<Section> sections = new ArrayList<>();
        for (SectionView s : v.sections()) {
            sections.add(new Section(s.heading(), s.blocks().stream().map(ArticleMapper::block).toList()));
        }
        return new Article(v.id(), v.slug(), v.locale(), v.title(), v.summary(), sections,
                new java.util.LinkedHashSet<>(v.tags().muscles()), new java.util.LinkedHashSet<>(v.tags().conditions()),
                new java.util.LinkedHashSet<>(v.tags().exercises()), v.author(), v.medicalReviewer(), v.reviewedOn(),
                ArticleStatus.of(v.status()), v.publishAt(), v.publishedAt(), v.version(),
                v.findings().stream().map(f -> new Finding(f.id(), f.kind(), f.message(), f.section(), f.suggestedExercises())).toList());
    }

    /** An editor's content as an article carrying only that content (EditArticle applies it to the stored one). */
    static Article content(ArticleRequest r, List<Violation> violations) {
        List<Section> sections = new ArrayList<>();
        for (int i = 0; i < (r.sections() == null ? 0 : r.sections().size()); i++) {
            SectionView s = r.sections().get(i);
            if (s == null) {
                continue;
            }
            List<Block> blocks = new ArrayList<>();
            for (int j = 0; j < (s.blocks() == null ? 0 : s.blocks().size()); j++) {
                try {
                    blocks.add(block(s.blocks().get(j)));
                } catch (RuntimeException e) {
                    violations.add(new Violation("sections[" + i + "].blocks[" + j + "]",
                            "not a valid block: type must be paragraph, list, image, callout or exercise with its fields"));
                }
            }
            sections.add(new Section(s.heading(), blocks));
        }
        RequestChecks.reject(violations);
        ArticleView.Tags t = r.tags() == null ? new ArticleView.Tags(null, null, null) : r.tags();
        return new Article(null, null, r.locale() == null ? "en" : r.locale(), r.title(), r.summary(), sections, set(t.muscles()), set(t.conditions()),
                set(t.exercises()), null, r.medicalReviewer(), r.reviewedOn(), ArticleStatus.DRAFT, null, null, 1, List.of());
    }

    private static java.util.Set<String> set(List<String> values) {
        return values == null ? java.util.Set.of() : new java.util.LinkedHashSet<>(values);
    }

    static BlockView block(Block block) {
        if (block instanceof Block.Paragraph p) {
            return new BlockView("paragraph", p.text(), mentions(p.mentions()), null, null, null, null, null, null, null, null, null);
        }
        if (block instanceof Block.BulletList l) {
            return new BlockView("list", null, null, l.items().stream().map(ArticleMapper::block).toList(), null, null, null, null,
                    null, null, null, null);
        }
        if (block instanceof Block.Image i) {
            CreditView credit = i.credit() == null ? null : new CreditView(i.credit().author(), i.credit().source(), i.credit().licence());
            return new BlockView("image", null, null, null, i.url(), i.alt(), i.caption(), credit, null, null, null, null);
        }
        if (block instanceof Block.Callout c) {
            return new BlockView("callout", c.text(), null, null, null, null, null, null, c.kind(), null, null, null);
        }
        Block.ExerciseReference r = (Block.ExerciseReference) block;
        List<BlockView> body = r.body().isEmpty() ? null : r.body().stream().map(ArticleMapper::block).toList();
        return new BlockView("exercise", null, null, body, null, null, null, null, null, r.exerciseSlug(), r.name(), dosage(r.dosage()));
    }

    static Block block(BlockView v) {
        return switch (v.type()) {
            case "paragraph" -> new Block.Paragraph(v.text(), v.mentions() == null ? List.of() : v.mentions().stream()
                    .map(m -> new Mention(Mention.Kind.valueOf(m.kind().toUpperCase(java.util.Locale.ROOT)), m.slug(), m.start(), m.end(),
                            dosage(m.dosage())))
                    .toList());
            case "list" -> new Block.BulletList(v.items().stream().map(i -> (Block.Paragraph) block(i)).toList(), false);
            case "image" -> new Block.Image(v.url(), v.alt(), v.caption(), v.credit() == null ? null
                    : new Block.Credit(v.credit().author(), v.credit().source(), v.credit().licence()));
            case "callout" -> new Block.Callout(v.kind(), v.text());
            case "exercise" -> new Block.ExerciseReference(v.exercise(), v.name(), dosage(v.dosage()),
                    v.items() == null ? List.of() : v.items().stream().map(ArticleMapper::block).toList());
            default -> throw new IllegalArgumentException("unknown block type " + v.type());
        };
    }

    private static List<MentionView> mentions(List<Mention> mentions) {
        return mentions.stream().map(m -> new MentionView(m.kind().name().toLowerCase(java.util.Locale.ROOT), m.slug(), m.start(),
                m.end(), dosage(m.dosage()))).toList();
    }

    private static DosageView dosage(Dosage d) {
        return d == null ? null : new DosageView(d.sets(), d.repsMin(), d.repsMax(), d.holdSeconds(), d.perSide(), d.restSeconds(),
                d.lowerSeconds());
    }

    private static Dosage dosage(DosageView d) {
        return d == null ? null : new Dosage(d.sets(), d.repsMin(), d.repsMax(), d.holdSeconds(), d.perSide(), d.restSeconds(),
                d.lowerSeconds());
    }

    private static List<String> sorted(java.util.Set<String> values) {
        return values.stream().sorted().toList();
    }
}
