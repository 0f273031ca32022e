package dev.kinetic.content.search;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * A searcher of one index generation that keeps what every query would otherwise look up again. Each query term is
 * looked up in the terms dictionary once, not once per query: searches draw their words from a small vocabulary even
 * when the phrase is new, and the look-ups ({@code TermStates.build}: a dictionary seek per term, field and segment)
 * were an eighth of content-service's CPU under article search. The statistics are the index's, so scores are the
 * same to the bit; a new generation is a new searcher with none held. About {@link #MAX_TERMS} are held at most (a
 * few more if threads add at once), so a caller sending ever new words cannot grow it: past that, terms are looked
 * up per query as before. The fields' merged infos, which the highlighter asks for per search, are merged once.
 */
final class GenerationSearcher extends IndexSearcher {

    static final int MAX_TERMS = 4_096;

    private final Map<Term, TermStates> held = new ConcurrentHashMap<>();
    private volatile FieldInfos fieldInfos;

    GenerationSearcher(IndexReader reader) {
        super(reader);
    }

    /** A query for {@code term} whose weight reuses this generation's look-up of it. */
    TermQuery termQuery(Term term) throws IOException {
        TermStates states = held.get(term);
        if (states == null) {
            // Built with statistics, so every segment's state is filled in here and only read afterwards.
            states = TermStates.build(this, term, true);
            if (held.size() < MAX_TERMS) {
                held.putIfAbsent(new Term(term.field(), BytesRef.deepCopyOf(term.bytes())), states);
            }
        }
        return new TermQuery(term, states);
    }

    /** The field's info across the generation's segments; null if no document has the field. */
    FieldInfo fieldInfo(String field) {
        FieldInfos merged = fieldInfos;
        if (merged == null) {
            merged = FieldInfos.getMergedFieldInfos(getIndexReader());
            fieldInfos = merged;
        }
        return merged.fieldInfo(field);
    }

    int heldTerms() {
        return held.size();
    }
}
