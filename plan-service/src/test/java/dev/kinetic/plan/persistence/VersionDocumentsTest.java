package dev.kinetic.plan.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class VersionDocumentsTest {

    private final VersionDocuments documents = new VersionDocuments();
    private final AtomicInteger loads = new AtomicInteger();

    private String read(UUID plan, int version) {
        return documents.get(plan, version, () -> "{\"plan\":\"" + plan + "\",\"version\":" + version + ",\"load\":"
                + loads.incrementAndGet() + "}");
    }

    @Test
    void eachVersionIsLoadedOnceAndVersionsAreKeptApart() {
        UUID plan = UUID.randomUUID();
        String first = read(plan, 1);
        assertThat(read(plan, 1)).isSameAs(first);
        assertThat(read(plan, 2)).contains("\"version\":2").isNotEqualTo(first);
        assertThat(read(UUID.randomUUID(), 1)).doesNotContain(plan.toString());
        assertThat(loads).hasValue(3);
    }
}
