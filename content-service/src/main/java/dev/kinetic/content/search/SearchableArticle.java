package dev.kinetic.content.search;

import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.kinetic.content.domain.Article;
import dev.kinetic.content.domain.Block;

/**
 * What search knows of an article at one version: where it is found ({@code slug}, {@code locale}), whether it may
 * be found at all (only published articles are), and the text it is found by.
 */
public record SearchableArticle(String slug, int version, boolean published, String locale, String title, String body) {

    public SearchableArticle {
        Objects.requireNonNull(slug, "slug");
    }

    public static SearchableArticle of(Article article) {
        return new SearchableArticle(article.slug(), article.version(), article.isPublished(), article.locale(), article.title(),
                bodyText(article));
    }

    /**
     * The summary, the headings and the text of every block, one per line; links and images add nothing a reader
     * searches by.
     */
    static String bodyText(Article article) {
        Stream<String> sections = article.sections().stream().flatMap(s -> Stream.concat(
                s.heading() == null ? Stream.empty() : Stream.of(s.heading()), s.blocks().stream().map(SearchableArticle::text)));
        return Stream.concat(Stream.of(article.summary()), sections)
                .filter(t -> t != null && !t.isBlank()).collect(Collectors.joining("\n"));
    }

    private static String text(Block block) {
        if (block instanceof Block.Paragraph p) {
            return p.text();
        }
        if (block instanceof Block.Callout c) {
            return c.text();
        }
        if (block instanceof Block.BulletList l) {
            return l.items().stream().map(Block.Paragraph::text).collect(Collectors.joining("\n"));
        }
        if (block instanceof Block.ExerciseReference r) {
            return Stream.concat(Stream.of(r.name()), r.body().stream().map(SearchableArticle::text))
                    .filter(t -> t != null && !t.isBlank()).collect(Collectors.joining("\n"));
        }
        return null;
    }
}
