package dev.kinetic.bench;

import java.util.concurrent.TimeUnit;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import dev.kinetic.content.application.RawText;
import dev.kinetic.content.domain.ArticleIngestor;
import dev.kinetic.content.domain.CatalogVocabulary;
import dev.kinetic.content.domain.Ingestion;

/**
 * The cost of ingestion by input size, in each format: the sample article repeated to 3 KB, 64 KB
 * and 2 MiB (the endpoint's limit), as plain text, Markdown and an HTML page with navigation, read,
 * cleaned and linked against 1,000 exercises. Divide the score by the size for the cost per KB.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class ArticleIngestionCostBenchmark {

    @Param({ "3", "64", "2048" })
    public int kilobytes;

    @Param({ "text/plain", "text/markdown", "text/html" })
    public String format;

    private final ArticleIngestor ingestor = new ArticleIngestor();
    private CatalogVocabulary vocabulary;
    private String body;

    @Setup
    public void setUp() {
        vocabulary = ArticleIngestionBenchmark.vocabulary(1000);
        body = article(format, kilobytes * 1024);
    }

    @Benchmark
    public Ingestion ingest() {
        return ingestor.ingest(RawText.read(body, format), "en", vocabulary);
    }

    static String article(String format, int bytes) {
        String markdown = ArticleIngestionBenchmark.sample();
        StringBuilder sb = new StringBuilder();
        int copy = 0;
        while (sb.length() < bytes) {
            // each copy differs (its own numbered paragraphs), so duplicate detection keeps it
            int part = copy++;
            sb.append(markdown.replace(". ", ". In part " + part + ", ")).append("\n\n");
        }
        String md = sb.substring(0, bytes);
        return switch (format) {
            case "text/markdown" -> md;
            case "text/html" -> "<html><body><nav><a href='/'>Home</a> <a href='/blog'>Blog</a></nav><article>"
                    + HtmlRenderer.builder().build().render(Parser.builder().build().parse(md))
                    + "</article><footer><p>© 2026 Kinetic sample site</p></footer></body></html>";
            default -> md.replace("## ", "").replace("# ", "").replace("**", "");
        };
    }
}
