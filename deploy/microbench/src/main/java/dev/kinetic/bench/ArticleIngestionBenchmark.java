package dev.kinetic.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import dev.kinetic.content.application.RawText;
import dev.kinetic.content.domain.ArticleIngestor;
import dev.kinetic.content.domain.CatalogVocabulary;
import dev.kinetic.content.domain.Ingestion;

/**
 * Ingestion alone (Markdown to lines, furniture and duplicate removal, linking, dosage, findings)
 * of the seed-like sample article, against a 1,000-exercise vocabulary. No I/O.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ArticleIngestionBenchmark {

    private final ArticleIngestor ingestor = new ArticleIngestor();
    private CatalogVocabulary vocabulary;
    private String markdown;

    @Setup
    public void setUp() {
        markdown = sample();
        vocabulary = vocabulary(1000);
    }

    @Benchmark
    public Ingestion ingest() {
        return ingestor.ingest(RawText.read(markdown, RawText.MARKDOWN), "en", vocabulary);
    }

    static String sample() {
        try (InputStream in = ArticleIngestionBenchmark.class.getResourceAsStream("/samples/weak-glutes-and-lower-back-pain.md")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The article's exercises, muscles and conditions, and enough other exercises to make a thousand. */
    static CatalogVocabulary vocabulary(int size) {
        List<CatalogVocabulary.ExerciseTerm> exercises = new ArrayList<>(List.of(
                term("glute-bridge", "Glute bridge", Set.of("hip bridge", "bridge"), "gluteus-maximus"),
                term("clamshell", "Clamshell", Set.of("clams", "clam"), "gluteus-medius"),
                term("forearm-plank", "Forearm plank", Set.of("plank", "planks"), "transversus-abdominis"),
                term("bodyweight-squat", "Bodyweight squat", Set.of("squat", "squats"), "quadriceps"),
                term("reverse-lunge", "Reverse lunge", Set.of("lunge", "lunges"), "gluteus-maximus"),
                term("hip-thrust", "Hip thrust", Set.of("hip thrusts"), "gluteus-maximus"),
                term("dead-bug", "Dead bug", Set.of(), "transversus-abdominis"),
                term("bird-dog", "Bird dog", Set.of(), "multifidus")));
        for (int i = exercises.size(); i < size; i++) {
            exercises.add(term("bench-move-" + i, "Bench move " + i, Set.of("move " + i), "gluteus-maximus"));
        }
        return new CatalogVocabulary(exercises,
                List.of(new CatalogVocabulary.Term("gluteus-maximus", "gluteus maximus", Set.of("glutes")),
                        new CatalogVocabulary.Term("gluteus-medius", "gluteus medius", Set.of()),
                        new CatalogVocabulary.Term("hip-flexors", "hip flexors", Set.of("hip flexor"))),
                List.of(new CatalogVocabulary.Term("low-back-pain", "low back pain", Set.of("lower back pain", "back pain"))));
    }

    private static CatalogVocabulary.ExerciseTerm term(String slug, String name, Set<String> aliases, String muscle) {
        return new CatalogVocabulary.ExerciseTerm(slug, name, aliases, Set.of(muscle), Set.of(), "beginner", true);
    }
}
