package dev.kinetic.content.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.SingleInstanceLockFactory;
import org.apache.lucene.util.BytesRef;

import dev.kinetic.content.domain.ArticleMatch;

/**
 * Full-text search of published articles, held in memory by each replica (Lucene): every language stemmed by its
 * own analyzer, the title weighted above the body as the reader would, and a snippet of the best passage with
 * the matches in {@code <mark>} and everything else HTML-escaped, so markup in an article is shown, never run.
 * A query nobody asked before costs no database round trip. Fed with every article's newest version ({@link #apply}); an older version arriving late is
 * ignored, so feeds that race cannot bring a stale text back.
 */
public final class ArticleSearchIndex implements AutoCloseable {

    static final String SLUG = "slug";
    static final String LOCALE = "locale";
    static final String TITLE = "title";
    static final String BODY = "body";
    /** Per language, its fields' weights: like PostgreSQL's default ts_rank weights for A (title) and B (body). */
    private static final Map<SearchLanguage, Map<String, Float>> WEIGHTS = fieldWeights();
    private static final int SNIPPET_CHARACTERS = 180;
    private static final FieldType BODY_TYPE = bodyType();
    private static final PassageScores PASSAGE_SCORES = new PassageScores();
    private static final Sort BEST_FIRST = new Sort(SortField.FIELD_SCORE, new SortField(SLUG, SortField.Type.STRING));

    private final IndexWriter writer;
    private final SearcherManager searchers;
    /** The newest version applied per slug, published or not, so a late older one is recognised. */
    private final Map<String, Integer> versions = new HashMap<>();
    private volatile long generation;

    public ArticleSearchIndex() {
        try {
            Map<String, Analyzer> perField = new HashMap<>();
            for (SearchLanguage language : SearchLanguage.values()) {
                perField.put(language.field(TITLE), language.analyzer());
                perField.put(language.field(BODY), language.analyzer());
            }
            IndexWriterConfig config = new IndexWriterConfig(new PerFieldAnalyzerWrapper(SearchLanguage.ENGLISH.analyzer(), perField));
            // Files as plain byte arrays: the default many-buffer inputs cost more to clone and slice than the search itself.
            writer = new IndexWriter(new ByteBuffersDirectory(new SingleInstanceLockFactory(), ByteBuffersDataOutput::new,
                    ByteBuffersDirectory.OUTPUT_AS_BYTE_ARRAY), config);
            searchers = new SearcherManager(writer, new SearcherFactory() {
                @Override
                public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
                    return new GenerationSearcher(reader);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Indexes the article at this version (found if published, not found otherwise), unless a newer one is held. */
    public void apply(SearchableArticle article) {
        applyAll(List.of(article));
    }

    /**
     * Whether the index lacks this version of the article: it holds an older one, or none and the article is
     * published (an unpublished article it never held changes nothing).
     */
    public synchronized boolean lacks(String slug, int version, boolean published) {
        Integer held = versions.get(slug);
        return held == null ? published : held < version;
    }

    /** {@link #apply} for many at once, made visible to searches together. */
    public synchronized void applyAll(Collection<SearchableArticle> articles) {
        try {
            boolean changed = false;
            for (SearchableArticle article : articles) {
                Integer held = versions.get(article.slug());
                if (held != null && held > article.version()) {
                    continue;
                }
                versions.put(article.slug(), article.version());
                Term slug = new Term(SLUG, article.slug());
                if (article.published()) {
                    writer.updateDocument(slug, document(article));
                } else {
                    writer.deleteDocuments(slug);
                }
                changed = true;
            }
            if (changed) {
                searchers.maybeRefreshBlocking();
                generation++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Published articles in {@code locale} matching the web-search style {@code text}, best first. */
    public List<ArticleMatch> search(String text, String locale, int size) {
        SearchLanguage language = SearchLanguage.of(locale);
        return withSearcher(searcher -> {
            Query matching = WebSearchSyntax.parse(text, language.analyzer(), WEIGHTS.get(language), term -> termQuery(searcher, term));
            if (matching instanceof MatchNoDocsQuery) {
                return List.of();
            }
            Query query = new BooleanQuery.Builder().add(matching, BooleanClause.Occur.MUST)
                    .add(searcher.termQuery(new Term(LOCALE, locale)), BooleanClause.Occur.FILTER).build();
            // The score is the first sort value already; asking for it again would score each hit twice.
            TopFieldDocs top = searcher.search(query, size, BEST_FIRST, false);
            if (top.scoreDocs.length == 0) {
                return List.of();
            }
            String[] snippets = highlighter(searcher, language).highlight(language.field(BODY), query, top, 1);
            List<ArticleMatch> matches = new ArrayList<>(top.scoreDocs.length);
            Set<String> shown = Set.of(SLUG, language.field(TITLE)); // not the body: the snippet has what it needs
            for (int i = 0; i < top.scoreDocs.length; i++) {
                FieldDoc hit = (FieldDoc) top.scoreDocs[i];
                Document stored = searcher.storedFields().document(hit.doc, shown);
                matches.add(new ArticleMatch(stored.get(SLUG), stored.get(language.field(TITLE)), (Float) hit.fields[0], snippets[i]));
            }
            return matches;
        });
    }

    private static TermQuery termQuery(GenerationSearcher searcher, Term term) {
        try {
            return searcher.termQuery(term);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Moves on after every change that searches can see, so an answer kept for one generation is never served
     * after a change. Read it before searching.
     */
    public long generation() {
        return generation;
    }

    /** How many articles can be found. */
    public int size() {
        return withSearcher(searcher -> searcher.getIndexReader().numDocs());
    }

    private interface SearcherRead<T> {
        T apply(GenerationSearcher searcher) throws IOException;
    }

    private <T> T withSearcher(SearcherRead<T> read) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return read.apply((GenerationSearcher) searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        writer.close();
    }

    private static Document document(SearchableArticle article) {
        SearchLanguage language = SearchLanguage.of(article.locale());
        Document document = new Document();
        document.add(new StringField(SLUG, article.slug(), Field.Store.YES));
        document.add(new SortedDocValuesField(SLUG, new BytesRef(article.slug())));
        document.add(new StringField(LOCALE, article.locale() == null ? "" : article.locale(), Field.Store.NO));
        document.add(new TextField(language.field(TITLE), article.title() == null ? "" : article.title(), Field.Store.YES));
        document.add(new Field(language.field(BODY), article.body() == null ? "" : article.body(), BODY_TYPE));
        return document;
    }

    private static Map<SearchLanguage, Map<String, Float>> fieldWeights() {
        Map<SearchLanguage, Map<String, Float>> weights = new EnumMap<>(SearchLanguage.class);
        for (SearchLanguage language : SearchLanguage.values()) {
            weights.put(language, Map.of(language.field(TITLE), 1.0f, language.field(BODY), 0.4f));
        }
        return weights;
    }

    private static UnifiedHighlighter highlighter(GenerationSearcher generation, SearchLanguage language) {
        UnifiedHighlighter.Builder builder = UnifiedHighlighter.builder(generation, language.analyzer())
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "… ", true))
                // Terms from the query's parts, not its Weight's matches per document: a third of a search's time.
                .withWeightMatches(false)
                .withScorer(PASSAGE_SCORES)
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(new SentenceBreaks(),
                        SNIPPET_CHARACTERS, 0.5f)); // the match in the middle of the passage
        return new UnifiedHighlighter(builder) {
            @Override
            protected FieldInfo getFieldInfo(String field) {
                return generation.fieldInfo(field);
            }
        };
    }

    /** Stored for the snippet, with offsets in the postings so highlighting need not analyse the text again. */
    private static FieldType bodyType() {
        FieldType type = new FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }
}
