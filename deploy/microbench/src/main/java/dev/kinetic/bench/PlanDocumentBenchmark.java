package dev.kinetic.bench;

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

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import dev.kinetic.plan.config.SlugEnums;
import dev.kinetic.plan.domain.Plan;
import dev.kinetic.plan.domain.PlanGenerator;
import dev.kinetic.platform.json.CompressedJson;

/** Writing a generated 4-week plan as JSON, as plan-service does for the response and the stored version. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PlanDocumentBenchmark {

    private ObjectMapper mapper;
    private Plan plan;
    private String json;

    @Setup
    public void setUp() throws Exception {
        mapper = new ObjectMapper().registerModule(new JavaTimeModule());
        new SlugEnums().customize(mapper);
        plan = new PlanGenerator().generate(BenchCatalog.seedRequest(4), BenchCatalog.of(1000, 42));
        json = mapper.writeValueAsString(plan);
    }

    @Benchmark
    public String write() throws Exception {
        return mapper.writeValueAsString(plan);
    }

    /** What a creation stored before 2026-12-05: the document written as a String, then encoded and compressed. */
    @Benchmark
    public CompressedJson storedFromString() throws Exception {
        return CompressedJson.of(mapper.writeValueAsString(plan));
    }

    /** What a creation stores now: the document written as UTF-8 bytes and compressed from those. */
    @Benchmark
    public CompressedJson storedFromBytes() throws Exception {
        return CompressedJson.of(mapper.writeValueAsBytes(plan));
    }

    @Benchmark
    public Plan read() throws Exception {
        return mapper.readValue(json, Plan.class);
    }
}
