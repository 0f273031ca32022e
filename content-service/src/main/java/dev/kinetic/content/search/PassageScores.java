package dev.kinetic.content.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

/**
 * Lucene's passage score (BM25 over the passage's distinct matched terms, times its position's norm), computed
 * without the term hash Lucene builds for every passage it scores: each hash took a 32 KB block, a fifth of all
 * the memory content-service allocated while searching, and the young collections that churn caused. A passage
 * matches a handful of terms, so they are counted by comparing them with one another; a passage with more matches
 * than {@link #COUNTED_IN_PLACE} (a long text without sentence breaks) is left to Lucene's hash, so no text makes
 * the count quadratic.
 */
final class PassageScores extends PassageScorer {

    static final int COUNTED_IN_PLACE = 64;

    @Override
    public float score(Passage passage, int contentLength) {
        int matches = passage.getNumMatches();
        if (matches > COUNTED_IN_PLACE) {
            return super.score(passage, contentLength);
        }
        BytesRef[] terms = passage.getMatchTerms();
        int[] freqsInDoc = passage.getMatchTermFreqsInDoc();
        double score = 0;
        // Distinct terms in the order they first match, as Lucene sums them, so the float sums are the same.
        for (int i = 0; i < matches; i++) {
            if (matchedEarlier(terms, i)) {
                continue;
            }
            int freq = 1;
            for (int j = i + 1; j < matches; j++) {
                if (terms[j].bytesEquals(terms[i])) {
                    freq++;
                }
            }
            score += tf(freq, passage.getLength()) * weight(contentLength, freqsInDoc[i]);
        }
        score *= norm(passage.getStartOffset());
        return (float) score;
    }

    private static boolean matchedEarlier(BytesRef[] terms, int index) {
        for (int i = 0; i < index; i++) {
            if (terms[i].bytesEquals(terms[index])) {
                return true;
            }
        }
        return false;
    }
}
