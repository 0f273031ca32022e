package dev.kinetic.platform.testing.fuzz;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.kinetic.platform.testing.TestTokens;
import io.quarkus.test.common.http.TestHTTPResource;

/**
 * The fuzz test every service runs on its own OpenAPI document (see {@link OpenApiFuzz}): a seeded
 * run under every role and none, in which no answer is a 5xx or shows internals and the service logs no error.
 * {@code -Dkinetic.fuzz.seed} and {@code -Dkinetic.fuzz.requests}
 * change the run; the report (statuses, mutations, failing requests) is written to
 * {@code target/fuzz/<service>.json}.
 */
public abstract class ServiceFuzzContract {

    private static final long DEFAULT_SEED = 20_261_201L;
    private static final int DEFAULT_REQUESTS = 700;

    @TestHTTPResource(value = "openapi", management = true)
    URL openapi;

    @TestHTTPResource("/")
    URL root;

    /** The service's name in the report. */
    protected abstract String service();

    /** Values for named parameters and fields that make requests reach deeper (an existing slug, say). */
    protected abstract Map<String, String> hints();

    /** Runs before the fuzz, e.g. to make sure the read models hold a catalog. */
    protected void prepare() {
    }

    @Test
    void hostileRequestsGetProblemsNeverA5xxAndNoInternals() {
        prepare();
        String document = given().accept("application/json").get(openapi).then().statusCode(200).extract().asString();
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("anonymous", null);
        tokens.put("partner", TestTokens.partner("fuzz-partner"));
        tokens.put("editor", TestTokens.editor());
        tokens.put("admin", TestTokens.admin());
        long seed = Long.getLong("kinetic.fuzz.seed", DEFAULT_SEED);
        int requests = Integer.getInteger("kinetic.fuzz.requests", DEFAULT_REQUESTS);
        OpenApiFuzz.Report report;
        List<String> errors;
        try (LoggedErrors logged = LoggedErrors.collect()) {
            report = OpenApiFuzz.of(service(), document, URI.create(root.toString()), tokens, hints(), seed, requests).run();
            errors = logged.errors();
        }
        assertThat(report.requests()).isEqualTo(requests);
        assertThat(report.failures()).as("requests that got a 5xx, a non-problem error or internals (seed %d)", seed).isEmpty();
        // A hostile request is the client's mistake, answered as such: an error in the log is an operator's alarm.
        assertThat(errors).as("errors the service logged while answering hostile requests (seed %d)", seed).isEmpty();
    }
}
