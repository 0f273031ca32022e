package dev.kinetic.exercise.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import dev.kinetic.exercise.domain.CatalogSnapshot;

class RevisionResponsesTest {

    private final RevisionResponses responses = new RevisionResponses();
    private final AtomicInteger computed = new AtomicInteger();

    private String ask(long revision, String question) {
        return responses.get(new CatalogSnapshot(revision, List.of()), question,
                () -> question + "@" + revision + "#" + computed.incrementAndGet());
    }

    @Test
    void theSameQuestionAtTheSameRevisionIsAnsweredOnce() {
        assertThat(ask(7, "glutes")).isEqualTo("glutes@7#1");
        assertThat(ask(7, "glutes")).isEqualTo("glutes@7#1");
        assertThat(ask(7, "core")).isEqualTo("core@7#2");
        assertThat(computed).hasValue(2);
    }

    @Test
    void aNewRevisionAnswersAfresh() {
        ask(7, "glutes");
        assertThat(ask(8, "glutes")).isEqualTo("glutes@8#2");
        assertThat(ask(8, "glutes")).isEqualTo("glutes@8#2");
    }

    @Test
    void aReaderWithAnOlderSnapshotGetsItsOwnAnswerWithoutDisturbingTheNewerOnes() {
        ask(8, "glutes");
        assertThat(ask(7, "glutes")).isEqualTo("glutes@7#2");
        assertThat(ask(7, "glutes")).as("never cached for an old revision").isEqualTo("glutes@7#3");
        assertThat(ask(8, "glutes")).isEqualTo("glutes@8#1");
    }
}
