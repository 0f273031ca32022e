package dev.kinetic.content.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

import dev.kinetic.content.domain.ArticleMatch;

class GenerationSearcherTest {

    private static final String[] WORDS = { "glute", "bridge", "plank", "squat", "hip", "back", "pain", "core", "knee", "lunge",
            "stretch", "band", "rest", "hold", "breath", "spine", "walk", "stair", "sit", "stand" };

    @Test
    void scoresAreThoseOfLookingEveryTermUpAgain() throws IOException {
        Random random = new Random(42);
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
                IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
            for (int d = 0; d < 300; d++) {
                Document document = new Document();
                document.add(new TextField("title", words(random, 1 + random.nextInt(4)), Field.Store.NO));
                document.add(new TextField("body", words(random, 5 + random.nextInt(60)), Field.Store.NO));
                writer.addDocument(document);
                if (d % 100 == 99) {
                    writer.commit(); // several segments, as an index fed one article at a time has
                }
            }
            writer.commit();
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                assertThat(reader.leaves()).hasSizeGreaterThan(1);
                GenerationSearcher generation = new GenerationSearcher(reader);
                IndexSearcher plain = new IndexSearcher(reader);
                for (int q = 0; q < 500; q++) {
                    List<String> terms = List.of(WORDS[random.nextInt(WORDS.length)], WORDS[random.nextInt(WORDS.length)]);
                    ScoreDoc[] expected = plain.search(query(terms, TermQuery::new), 20).scoreDocs;
                    ScoreDoc[] held = generation.search(query(terms, term -> lookedUp(generation, term)), 20).scoreDocs;
                    assertThat(held).hasSameSizeAs(expected);
                    for (int i = 0; i < expected.length; i++) {
                        assertThat(held[i].doc).isEqualTo(expected[i].doc);
                        assertThat(held[i].score).as("query %s, hit %d", terms, i).isEqualTo(expected[i].score);
                    }
                }
                assertThat(generation.heldTerms()).as("each field's word looked up once").isEqualTo(2 * WORDS.length);
            }
        }
    }

    @Test
    void holdsAtMostItsBoundWhateverTheCallerSends() throws IOException {
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
                IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
            Document document = new Document();
            document.add(new TextField("body", "glute bridge", Field.Store.NO));
            writer.addDocument(document);
            writer.commit();
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                GenerationSearcher generation = new GenerationSearcher(reader);
                for (int i = 0; i < GenerationSearcher.MAX_TERMS + 500; i++) {
                    generation.termQuery(new Term("body", "word" + i));
                }
                assertThat(generation.heldTerms()).isEqualTo(GenerationSearcher.MAX_TERMS);
                assertThat(generation.search(lookedUp(generation, new Term("body", "bridge")), 1).totalHits.value)
                        .as("a term past the bound is still found").isEqualTo(1);
            }
        }
    }

    @Test
    void aNewGenerationScoresWithItsOwnStatistics() {
        SearchableArticle first = new SearchableArticle("first", 1, true, "en", "Planks", "Planks build the core and the back.");
        SearchableArticle second = new SearchableArticle("second", 1, true, "en", "Side planks", "Side planks work the obliques.");
        try (ArticleSearchIndex growing = new ArticleSearchIndex(); ArticleSearchIndex fresh = new ArticleSearchIndex()) {
            growing.apply(first);
            double alone = score(growing, "planks core", "first");
            growing.apply(second);
            fresh.applyAll(List.of(first, second));
            double afterwards = score(growing, "planks core", "first");
            assertThat(afterwards).as("a second article with the word lowers its weight").isNotEqualTo(alone)
                    .isEqualTo(score(fresh, "planks core", "first"));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static double score(ArticleSearchIndex index, String query, String slug) {
        return index.search(query, "en", 10).stream().filter(m -> m.slug().equals(slug)).map(ArticleMatch::rank).findFirst()
                .orElseThrow();
    }

    private static TermQuery lookedUp(GenerationSearcher generation, Term term) {
        try {
            return generation.termQuery(term);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** Every term in the title or (weighted lower) the body: the shape the search box's parser builds. */
    private static Query query(List<String> terms, java.util.function.Function<Term, Query> termQuery) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (String term : terms) {
            all.add(new BooleanQuery.Builder()
                    .add(termQuery.apply(new Term("title", term)), BooleanClause.Occur.SHOULD)
                    .add(new BoostQuery(termQuery.apply(new Term("body", term)), 0.4f), BooleanClause.Occur.SHOULD).build(),
                    BooleanClause.Occur.MUST);
        }
        return all.build();
    }

    private static String words(Random random, int count) {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            words.add(WORDS[random.nextInt(WORDS.length)]);
        }
        return String.join(" ", words);
    }
}
