package dev.kinetic.plan.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PlanStatusTest {

    @Test
    void onlyAnActivePlanAdaptsAndCanBePaused() {
        assertThat(PlanStatus.ACTIVE.adapts()).isTrue();
        assertThat(PlanStatus.PAUSED.adapts()).isFalse();
        assertThat(PlanStatus.REFERRED.adapts()).isFalse();
        assertThat(PlanStatus.ACTIVE.paused()).isEqualTo(PlanStatus.PAUSED);
        assertThatThrownBy(PlanStatus.PAUSED::paused).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(PlanStatus.REFERRED::paused).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void statusesAreReadAndWrittenAsTheApiSlugs() {
        assertThat(PlanStatus.of("referred")).isEqualTo(PlanStatus.REFERRED);
        assertThat(PlanStatus.PAUSED.slug()).isEqualTo("paused");
        assertThatThrownBy(() -> PlanStatus.of("deleted")).isInstanceOf(IllegalArgumentException.class);
    }
}
