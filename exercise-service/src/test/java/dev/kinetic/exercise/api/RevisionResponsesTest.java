package dev.kinetic.exercise.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.jboss.resteasy.reactive.RestResponse;
import org.junit.jupiter.api.Test;

import dev.kinetic.exercise.domain.CatalogSnapshot;
import dev.kinetic.platform.json.CompressedJson;

class RevisionResponsesTest {

    private final RevisionResponses responses = new RevisionResponses();
    private final AtomicInteger computed = new AtomicInteger();

    private RestResponse<byte[]> respond(long revision, String question, String acceptEncoding) {
        return responses.respond(new CatalogSnapshot(revision, List.of()), question,
                () -> ("\"" + question + "@" + revision + "#" + computed.incrementAndGet() + "\"").getBytes(StandardCharsets.UTF_8),
                acceptEncoding);
    }

    private String ask(long revision, String question) {
        return new String(respond(revision, question, null).getEntity(), StandardCharsets.UTF_8);
    }

    @Test
    void aQuestionIsHeldOnceItIsAskedAgain() {
        assertThat(ask(7, "glutes")).isEqualTo("\"glutes@7#1\"");
        assertThat(ask(7, "glutes")).as("asked again: computed once more, and held").isEqualTo("\"glutes@7#2\"");
        assertThat(ask(7, "glutes")).isEqualTo("\"glutes@7#2\"");
        assertThat(ask(7, "glutes")).isEqualTo("\"glutes@7#2\"");
        assertThat(ask(7, "core")).isEqualTo("\"core@7#3\"");
        assertThat(computed).hasValue(3);
    }

    @Test
    void anAnswerAskedOnceIsNotHeld() {
        for (int i = 0; i < 200; i++) {
            assertThat(ask(7, "once-" + i)).isEqualTo("\"once-" + i + "@7#" + (i + 1) + "\"");
        }
        assertThat(responses.heldBytes()).isZero();
        ask(7, "once-0");
        assertThat(responses.heldBytes()).as("the one asked again").isPositive();
    }

    @Test
    void aNewRevisionAnswersAfreshAndHoldsAQuestionAskedAtAnEarlierOne() {
        ask(7, "glutes");
        ask(7, "glutes");
        assertThat(ask(8, "glutes")).isEqualTo("\"glutes@8#3\"");
        assertThat(ask(8, "glutes")).isEqualTo("\"glutes@8#3\"");
        assertThat(ask(8, "core")).isEqualTo("\"core@8#4\"");
        assertThat(ask(8, "core")).as("new at this revision: held from its second ask").isEqualTo("\"core@8#5\"");
        assertThat(ask(8, "core")).isEqualTo("\"core@8#5\"");
    }

    @Test
    void aReaderWithAnOlderSnapshotGetsItsOwnAnswerWithoutDisturbingTheNewerOnes() {
        ask(8, "glutes");
        ask(8, "glutes");
        assertThat(ask(7, "glutes")).isEqualTo("\"glutes@7#3\"");
        assertThat(ask(7, "glutes")).as("never held for an old revision").isEqualTo("\"glutes@7#4\"");
        assertThat(ask(8, "glutes")).isEqualTo("\"glutes@8#2\"");
    }

    @Test
    void aClientTakingGzipGetsTheBytesHeldOrNotAndAnyOtherThePlainJson() {
        RestResponse<byte[]> first = respond(7, "glutes", "gzip, deflate, br");
        assertThat(first.getHeaderString("Content-Encoding")).as("not held, still compressed").isEqualTo("gzip");
        assertThat(CompressedJson.gunzip(first.getEntity())).asString(StandardCharsets.UTF_8).isEqualTo("\"glutes@7#1\"");
        RestResponse<byte[]> gzip = respond(7, "glutes", "gzip");
        assertThat(gzip.getHeaderString("Content-Encoding")).isEqualTo("gzip");
        assertThat(CompressedJson.gunzip(gzip.getEntity())).asString(StandardCharsets.UTF_8).isEqualTo("\"glutes@7#2\"");
        for (String refuses : new String[] { null, "identity", "deflate", "gzip;q=0" }) {
            RestResponse<byte[]> plain = respond(7, "glutes", refuses);
            assertThat(plain.getHeaderString("Content-Encoding")).as(refuses).isNull();
            assertThat(plain.getEntity()).as(refuses).asString(StandardCharsets.UTF_8).isEqualTo("\"glutes@7#2\"");
        }
        RestResponse<byte[]> plainFirst = respond(7, "core", "identity");
        assertThat(plainFirst.getHeaderString("Content-Encoding")).isNull();
        assertThat(plainFirst.getEntity()).asString(StandardCharsets.UTF_8).isEqualTo("\"core@7#3\"");
        assertThat(first.getHeaderString("Vary")).isEqualTo("Accept-Encoding");
        assertThat(gzip.getHeaderString("Vary")).isEqualTo("Accept-Encoding");
        assertThat(plainFirst.getHeaderString("Vary")).as("a shared cache must key on the coding").isEqualTo("Accept-Encoding");
        assertThat(computed).hasValue(3);
    }

    @Test
    void theAnswersHeldStayWithinTheByteBoundHoweverManyQuestionsAreAsked() {
        // Incompressible answers of 64 KB, each asked twice: five hundred of them are several times the bound.
        java.util.Random random = new java.util.Random(42);
        for (int i = 0; i < 500; i++) {
            byte[] noise = new byte[48 * 1024];
            random.nextBytes(noise);
            byte[] answer = ("\"" + java.util.Base64.getEncoder().encodeToString(noise) + "\"").getBytes(StandardCharsets.US_ASCII);
            responses.respond(new CatalogSnapshot(7, List.of()), "q" + i, () -> answer, "gzip");
            responses.respond(new CatalogSnapshot(7, List.of()), "q" + i, () -> answer, "gzip");
        }
        assertThat(responses.heldBytes()).isPositive().isLessThanOrEqualTo(RevisionResponses.MAX_BYTES);
    }
}
