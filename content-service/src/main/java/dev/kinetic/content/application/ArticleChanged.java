package dev.kinetic.content.application;

import dev.kinetic.content.domain.Article;

/** Fired in the transaction that changed an article, with its new state; observed after commit (cache, search). */
public record ArticleChanged(Article article) {

    public String slug() {
        return article.slug();
    }
}
