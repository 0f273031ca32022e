package dev.kinetic.content.domain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.de.GermanLightStemFilter;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.es.SpanishLightStemFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * Words of a text as linking compares them, in the article's language: Lucene's tokenizer, lower case,
 * accents folded, the language's stop words left out (so "side plank with leg raise" meets "side
 * plank leg raise") and its stemmer applied (so "bridging" meets "bridge" and "glúteos" meets
 * "glúteo"). Languages without an analyzer here are folded and lower-cased only.
 */
public final class TextAnalyzer {

    /** A word of the text in compared form, and where it stands in the text. */
    public record Token(String term, int start, int end) {
    }

    private static final Map<String, TextAnalyzer> BY_LANGUAGE = Map.of(
            "en", new TextAnalyzer(analyzer("en")),
            "es", new TextAnalyzer(analyzer("es")),
            "fr", new TextAnalyzer(analyzer("fr")),
            "de", new TextAnalyzer(analyzer("de")),
            "", new TextAnalyzer(analyzer("")));

    private final Analyzer analyzer;

    private TextAnalyzer(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    public static TextAnalyzer forLocale(String locale) {
        return BY_LANGUAGE.getOrDefault(language(locale), BY_LANGUAGE.get(""));
    }

    public static String language(String locale) {
        String l = locale == null ? "en" : locale.toLowerCase(Locale.ROOT);
        int cut = l.indexOf('-') > 0 ? l.indexOf('-') : l.indexOf('_');
        return cut > 0 ? l.substring(0, cut) : l;
    }

    public List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(new Token(term.toString(), offset.startOffset(), offset.endOffset()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    public List<String> terms(String text) {
        return tokens(text).stream().map(Token::term).toList();
    }

    private static Analyzer analyzer(String language) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = source;
                switch (language) {
                    case "en" -> {
                        stream = new EnglishPossessiveFilter(stream);
                        stream = new LowerCaseFilter(stream);
                        stream = new StopFilter(stream, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
                        stream = new ASCIIFoldingFilter(stream);
                        stream = new PorterStemFilter(stream);
                    }
                    case "es" -> {
                        stream = new LowerCaseFilter(stream);
                        stream = new StopFilter(stream, SpanishAnalyzer.getDefaultStopSet());
                        stream = new ASCIIFoldingFilter(stream);
                        stream = new SpanishLightStemFilter(stream);
                    }
                    case "fr" -> {
                        stream = new ElisionFilter(stream, new CharArraySet(List.of("l", "d", "j", "qu", "m", "t", "s", "n", "c"), true));
                        stream = new LowerCaseFilter(stream);
                        stream = new StopFilter(stream, FrenchAnalyzer.getDefaultStopSet());
                        stream = new ASCIIFoldingFilter(stream);
                        stream = new FrenchLightStemFilter(stream);
                    }
                    case "de" -> {
                        stream = new LowerCaseFilter(stream);
                        stream = new StopFilter(stream, GermanAnalyzer.getDefaultStopSet());
                        stream = new GermanNormalizationFilter(stream);
                        stream = new GermanLightStemFilter(stream);
                    }
                    default -> {
                        stream = new LowerCaseFilter(stream);
                        stream = new ASCIIFoldingFilter(stream);
                    }
                }
                return new TokenStreamComponents(source, stream);
            }
        };
    }
}
