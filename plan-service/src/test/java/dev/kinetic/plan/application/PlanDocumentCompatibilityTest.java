package dev.kinetic.plan.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalTime;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.kinetic.plan.config.StoredDocumentMapper;
import dev.kinetic.plan.domain.Goal;
import dev.kinetic.plan.domain.Plan;
import dev.kinetic.plan.domain.RedFlag;
import dev.kinetic.plan.domain.Trauma;
import dev.kinetic.plan.domain.Urgency;
import dev.kinetic.platform.json.Json;

/**
 * Plan versions stored by earlier releases still read (feedback regenerates from the stored request, so it
 * must), and today's documents keep their field names; the API's record may change without touching them.
 */
class PlanDocumentCompatibilityTest {

    private static final ObjectMapper MAPPER = StoredDocumentMapper.create();

    @Test
    void anEarlierPlanVersionReadsWithItsRequestAndSessions() throws IOException {
        PlanDocument d = read("plan-0.3.json");

        assertThat(d.version()).isEqualTo(2);
        assertThat(d.request().goals()).containsExactly(Goal.GLUTE_STRENGTH);
        assertThat(d.request().screening().recentTrauma()).isEqualTo(Trauma.NONE);
        assertThat(d.request().sessionTime()).isEqualTo(LocalTime.of(18, 0));
        assertThat(PlanInputs.toDomain(d.request()).equipment()).containsExactly("mini-band");
        assertThat(PlanInputs.answers(d.request()).age()).isEqualTo(44);
        Plan.Item item = d.plan().weeks().get(0).sessions().get(0).items().get(0);
        assertThat(d.plan().weeks().get(0).phase()).isEqualTo(Plan.Phase.ACTIVATION);
        assertThat(item.exercise()).isEqualTo("glute-bridge");
        assertThat(item.articles()).singleElement().satisfies(a -> assertThat(a.slug()).isEqualTo("hips-that-help-your-back"));
        assertThat(d.plan().sessionCount()).isEqualTo(1);
    }

    @Test
    void anEarlierReferralReadsWithItsUrgencyAndFlags() throws IOException {
        PlanDocument d = read("referral-0.3.json");

        assertThat(d.plan()).isNull();
        assertThat(d.referral().urgency()).isEqualTo(Urgency.SAME_DAY_EMERGENCY);
        assertThat(d.referral().flags()).containsExactly(RedFlag.SADDLE_NUMBNESS);
        assertThat(PlanInputs.locale(d.request())).isEqualTo("en");
    }

    @ParameterizedTest
    @ValueSource(strings = { "plan-0.3.json", "referral-0.3.json" })
    void todaysDocumentHasTheFieldsEarlierReleasesWrote(String name) throws IOException {
        JsonNode written = MAPPER.readTree(Json.write(MAPPER, read(name)));

        assertThat(written).isEqualTo(tree(name));
    }

    private static PlanDocument read(String name) throws IOException {
        return MAPPER.treeToValue(tree(name), PlanDocument.class);
    }

    private static JsonNode tree(String name) throws IOException {
        try (InputStream in = PlanDocumentCompatibilityTest.class.getResourceAsStream("/stored/" + name)) {
            return MAPPER.readTree(in);
        }
    }
}
