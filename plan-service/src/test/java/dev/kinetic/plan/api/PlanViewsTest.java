package dev.kinetic.plan.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.kinetic.plan.application.PlanDocument;
import dev.kinetic.plan.config.StoredDocumentMapper;
import dev.kinetic.platform.json.CompressedJson;
import dev.kinetic.platform.json.Json;

/** A version is rendered once for all its reads, plain or compressed, and its plain body is the API's JSON in UTF-8. */
class PlanViewsTest {

    private static final ObjectMapper MAPPER = StoredDocumentMapper.create();

    private final PlanViews views = new PlanViews(MAPPER);
    private final AtomicInteger renderings = new AtomicInteger();

    @Test
    void thePlainBodyIsTheViewsJsonInUtf8() throws IOException {
        PlanDocument document = withChanges(read("plan-0.3.json"), List.of("pausiert – Rücken prüfen", "暂停"));

        byte[] body = views.json(document.id(), document.version(), counted(document));

        assertThat(new String(body, StandardCharsets.UTF_8)).isEqualTo(Json.write(MAPPER, PlanView.of(document)));
        assertThat(views.unheld(document)).isEqualTo(body);
    }

    @Test
    void aVersionIsRenderedOnceForItsPlainAndCompressedReads() throws IOException {
        PlanDocument document = read("plan-0.3.json");

        byte[] first = views.json(document.id(), document.version(), counted(document));
        byte[] again = views.json(document.id(), document.version(), counted(document));
        CompressedJson compressed = views.compressed(document.id(), document.version(), counted(document));

        assertThat(renderings).hasValue(1);
        assertThat(again).isSameAs(first);
        assertThat(CompressedJson.gunzip(compressed.gzip())).isEqualTo(first);
        assertThat(views.compressed(document.id(), document.version(), counted(document))).isSameAs(compressed);
        assertThat(renderings).hasValue(1);
    }

    @Test
    void anotherVersionOrPlanIsRenderedOnItsOwn() throws IOException {
        PlanDocument document = read("plan-0.3.json");

        byte[] version = views.json(document.id(), document.version(), counted(document));
        PlanDocument next = withChanges(document, List.of("progressed"));
        byte[] nextVersion = views.json(document.id(), document.version() + 1, counted(next));
        views.json(UUID.randomUUID(), document.version(), counted(document));

        assertThat(renderings).hasValue(3);
        assertThat(nextVersion).isNotEqualTo(version);
    }

    @Test
    void onlyWhatAReadRenderedIsHeldAndAskingForItRendersNothing() throws IOException {
        PlanDocument document = read("plan-0.3.json");
        UUID id = document.id();
        int version = document.version();

        views.unheld(document);
        assertThat(views.heldJson(id, version)).isNull();
        assertThat(views.heldCompressed(id, version)).isNull();

        CompressedJson compressed = views.compressed(id, version, counted(document));
        assertThat(views.heldCompressed(id, version)).isSameAs(compressed);
        assertThat(views.heldJson(id, version)).isNull();

        byte[] plain = views.json(id, version, counted(document));
        assertThat(views.heldJson(id, version)).isSameAs(plain);
        assertThat(views.heldJson(id, version + 1)).isNull();
        assertThat(renderings).hasValue(2);
    }

    private Supplier<PlanDocument> counted(PlanDocument document) {
        return () -> {
            renderings.incrementAndGet();
            return document;
        };
    }

    private static PlanDocument withChanges(PlanDocument d, List<String> changes) {
        return new PlanDocument(d.id(), d.version(), d.outcome(), d.status(), d.createdAt(), d.updatedAt(), d.catalogVersion(),
                d.request(), d.referral(), d.plan(), d.readMore(), changes, d.disclaimer());
    }

    private static PlanDocument read(String name) throws IOException {
        try (InputStream in = PlanViewsTest.class.getResourceAsStream("/stored/" + name)) {
            return MAPPER.readValue(in, PlanDocument.class);
        }
    }
}
