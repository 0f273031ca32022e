package dev.kinetic.content.application;

import java.io.IOException;

import dev.kinetic.content.search.ArticleSearchIndex;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** One in-memory search index per replica. */
public class ArticleSearchIndexProducer {

    @Produces
    @Singleton
    ArticleSearchIndex index() {
        return new ArticleSearchIndex();
    }

    void close(@Disposes ArticleSearchIndex index) throws IOException {
        index.close();
    }
}
