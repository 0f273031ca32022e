package dev.kinetic.content.search;

import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;

/**
 * The search box's syntax, as people type it into web search engines (and as PostgreSQL's
 * {@code websearch_to_tsquery} reads it): every word must match, {@code "quoted words"} match as a phrase,
 * {@code or} between words allows either, and {@code -word} excludes. Nothing else is an operator: no
 * wildcards, fuzziness or grouping a caller could use to make a query expensive.
 */
final class WebSearchSyntax {

    private static final int OPERATORS = SimpleQueryParser.AND_OPERATOR | SimpleQueryParser.OR_OPERATOR
            | SimpleQueryParser.NOT_OPERATOR | SimpleQueryParser.PHRASE_OPERATOR | SimpleQueryParser.WHITESPACE_OPERATOR;
    private static final Pattern OR_WORD = Pattern.compile("(?i)(?<=^|\\s)or(?=\\s|$)");
    /** A hyphen inside a word joins its parts ("hip-flexor"); only a leading one excludes. */
    private static final Pattern INNER_HYPHEN = Pattern.compile("(?<=[\\p{L}\\p{N}])[-+|]+");

    private WebSearchSyntax() {
    }

    /**
     * The query over the weighted fields, each word's query made by {@code termQuery}; {@link MatchNoDocsQuery} when
     * nothing searchable is left (only stop words).
     */
    static Query parse(String text, Analyzer analyzer, Map<String, Float> weights, Function<Term, Query> termQuery) {
        SimpleQueryParser parser = new SimpleQueryParser(analyzer, weights, OPERATORS) {
            @Override
            protected Query newTermQuery(Term term, float boost) {
                Query query = termQuery.apply(term);
                return boost == 1f ? query : new BoostQuery(query, boost);
            }
        };
        parser.setDefaultOperator(BooleanClause.Occur.MUST);
        Query query = parser.parse(toParserSyntax(text == null ? "" : text));
        if (query == null || query instanceof BooleanQuery b && b.clauses().isEmpty()) {
            return new MatchNoDocsQuery("nothing to search for");
        }
        return query;
    }

    /** Outside quotes: {@code or} becomes the parser's {@code |}, and in-word hyphens become spaces. */
    static String toParserSyntax(String text) {
        StringBuilder out = new StringBuilder(text.length());
        String[] parts = text.split("\"", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                out.append('"');
            }
            boolean quoted = i % 2 == 1 && i < parts.length - 1;
            out.append(quoted ? parts[i] : OR_WORD.matcher(INNER_HYPHEN.matcher(parts[i]).replaceAll(" ")).replaceAll("|"));
        }
        return out.toString();
    }
}
