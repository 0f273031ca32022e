package dev.kinetic.platform;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.importer.ClassFileImporter;

import dev.kinetic.platform.fixture.DualWriteExample;
import dev.kinetic.platform.testing.KineticArchitecture;

/** The rules catch a dual write or a layer cycle when there is one (PlatformBootIT checks the platform itself keeps them). */
class ArchitectureRulesTest {

    @Test
    void sendingToKafkaInsideATransactionIsCaught() {
        var classes = new ClassFileImporter().importClasses(DualWriteExample.class);
        assertThatThrownBy(() -> KineticArchitecture.NO_KAFKA_SEND_IN_TRANSACTION.check(classes))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("saveAndSend")
                .hasMessageContaining("sends to Kafka inside a transaction");
    }

    @Test
    void producingOutsideTheOutboxIsCaught() {
        var classes = new ClassFileImporter().importClasses(DualWriteExample.class);
        assertThatThrownBy(() -> KineticArchitecture.ONLY_THE_RELAY_PRODUCES.check(classes))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("DualWriteExample");
    }

    @Test
    void aUseCaseTakingAnApiRecordIsCaughtTwice() {
        var classes = new ClassFileImporter().importPackages("dev.kinetic.cyclefixture");
        assertThatThrownBy(() -> KineticArchitecture.NO_PACKAGE_CYCLES.check(classes))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Cycle detected");
        assertThatThrownBy(() -> KineticArchitecture.THE_APPLICATION_KNOWS_NO_ADAPTER.check(classes))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("ExampleUseCase");
    }
}
