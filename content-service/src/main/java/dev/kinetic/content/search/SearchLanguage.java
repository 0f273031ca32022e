package dev.kinetic.content.search;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;

/**
 * The languages whose articles are searched with their own stemming and stop words; any other locale is
 * searched as English. Decided by the locale's language part ({@code es-MX} is Spanish).
 */
public enum SearchLanguage {
    ENGLISH("en", new EnglishAnalyzer()),
    ARABIC("ar", new ArabicAnalyzer()),
    SPANISH("es", new SpanishAnalyzer()),
    FRENCH("fr", new FrenchAnalyzer()),
    GERMAN("de", new GermanAnalyzer());

    private final String code;
    private final Analyzer analyzer;

    SearchLanguage(String code, Analyzer analyzer) {
        this.code = code;
        this.analyzer = analyzer;
    }

    /** The language codes search understands, English first. */
    public static List<String> codes() {
        return Arrays.stream(values()).map(l -> l.code).toList();
    }

    static SearchLanguage of(String locale) {
        String language = locale == null ? "" : locale.toLowerCase(Locale.ROOT);
        for (SearchLanguage candidate : values()) {
            if (language.equals(candidate.code) || language.startsWith(candidate.code + "-") || language.startsWith(candidate.code + "_")) {
                return candidate;
            }
        }
        return ENGLISH;
    }

    /** Thread-safe: Lucene's analyzers hand each thread its own token streams. */
    Analyzer analyzer() {
        return analyzer;
    }

    /** Each language has its own fields, so each is analysed (indexed and queried) by its own analyzer. */
    String field(String name) {
        return name + "." + code;
    }
}
