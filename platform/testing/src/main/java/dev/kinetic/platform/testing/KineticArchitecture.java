package dev.kinetic.platform.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.Set;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * Architecture rules every service is held to. No dual write: nothing sends to Kafka from inside
 * a database transaction, and only the platform's outbox relay holds a Kafka producer at all.
 */
public final class KineticArchitecture {

    private static final String TRANSACTIONAL = "jakarta.transaction.Transactional";
    private static final String PRODUCER_PACKAGE = "org.apache.kafka.clients.producer";
    private static final Set<String> SENDERS = Set.of(
            "org.eclipse.microprofile.reactive.messaging.Emitter",
            "io.smallrye.reactive.messaging.MutinyEmitter",
            "io.smallrye.reactive.messaging.kafka.transactions.KafkaTransactions",
            "io.smallrye.reactive.messaging.kafka.KafkaClientService");

    /** Sending to Kafka from a method that runs in a transaction (annotated, or in an annotated class). */
    public static final ArchRule NO_KAFKA_SEND_IN_TRANSACTION = methods()
            .that().areAnnotatedWith(TRANSACTIONAL)
            .or().areDeclaredInClassesThat().areAnnotatedWith(TRANSACTIONAL)
            .should(notSendToKafka())
            .because("a state change and its event are committed together through the outbox, never by a dual write");

    /**
     * Only the outbox relay produces to Kafka (consumers' dead letters are the connector's own). The
     * test support is exempt: it publishes as the other services would, to test one service alone.
     */
    public static final ArchRule ONLY_THE_RELAY_PRODUCES = noClasses()
            .that().resideOutsideOfPackages("dev.kinetic.platform.outbox..", "dev.kinetic.platform.testing..")
            .should().dependOnClassesThat().resideInAPackage(PRODUCER_PACKAGE + "..")
            .orShould().dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe(
                    "are Kafka senders", c -> SENDERS.contains(c.getName())))
            .because("events are published only through the transactional outbox");

    /**
     * The domain is plain Java, unit-tested without Quarkus: it depends on no other layer of its service
     * and on no framework (the platform's plain-Java text rules and the contracts are fine).
     */
    public static final ArchRule THE_DOMAIN_IS_PLAIN_JAVA = noClasses()
            .that().resideInAPackage("dev.kinetic.*.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.kinetic.*.api..", "dev.kinetic.*.application..",
                    "dev.kinetic.*.persistence..", "dev.kinetic.*.messaging..", "dev.kinetic.*.readmodel..", "dev.kinetic.*.config..",
                    "dev.kinetic.platform.outbox..", "dev.kinetic.platform.problem..", "io.quarkus..", "jakarta.enterprise..",
                    "jakarta.persistence..", "jakarta.ws.rs..", "jakarta.transaction..", "org.hibernate..", "io.smallrye..")
            .because("domain logic is plain Java: the API, persistence and messaging depend on it, never the other way");

    /** Resources stay thin: persistence, read models and messaging are reached through the application layer. */
    public static final ArchRule RESOURCES_GO_THROUGH_THE_APPLICATION = noClasses()
            .that().resideInAPackage("dev.kinetic.*.api..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.kinetic.*.messaging..", "dev.kinetic.*.persistence..",
                    "dev.kinetic.*.readmodel..")
            .because("a resource hands a use case to the application layer, which reads, writes and stages the events");

    /**
     * Use cases know neither HTTP nor Kafka: they take and give their own records (and the domain's), which the
     * resources and consumers translate; where a format belongs to the API, the application defines a port for it.
     */
    public static final ArchRule THE_APPLICATION_KNOWS_NO_ADAPTER = noClasses()
            .that().resideInAPackage("dev.kinetic.*.application..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.kinetic.*.api..", "dev.kinetic.*.messaging..")
            .because("api and messaging are the ways in: they depend on the application, never the other way");

    /** Storage and read models hold the domain's state and know nothing above them. */
    public static final ArchRule STORAGE_KNOWS_ONLY_THE_DOMAIN = noClasses()
            .that().resideInAnyPackage("dev.kinetic.*.persistence..", "dev.kinetic.*.readmodel..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.kinetic.*.api..", "dev.kinetic.*.application..",
                    "dev.kinetic.*.messaging..")
            .because("a stored document or read model is its own record, not the API's or an event's");

    /** No two packages of a service (or of the platform) depend on each other, directly or around a loop. */
    public static final ArchRule NO_PACKAGE_CYCLES = slices().matching("dev.kinetic.(*).(*)..").should().beFreeOfCycles()
            .because("a cycle makes two layers one: neither can change or be tested without the other");

    private KineticArchitecture() {
    }

    /** The production classes of the given packages (tests excluded). */
    public static JavaClasses productionClasses(String... packages) {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(packages);
    }

    public static void check(JavaClasses classes) {
        NO_KAFKA_SEND_IN_TRANSACTION.allowEmptyShould(true).check(classes);
        ONLY_THE_RELAY_PRODUCES.allowEmptyShould(true).check(classes);
        THE_DOMAIN_IS_PLAIN_JAVA.allowEmptyShould(true).check(classes);
        RESOURCES_GO_THROUGH_THE_APPLICATION.allowEmptyShould(true).check(classes);
        THE_APPLICATION_KNOWS_NO_ADAPTER.allowEmptyShould(true).check(classes);
        STORAGE_KNOWS_ONLY_THE_DOMAIN.allowEmptyShould(true).check(classes);
        NO_PACKAGE_CYCLES.allowEmptyShould(true).check(classes);
    }

    private static ArchCondition<JavaMethod> notSendToKafka() {
        return new ArchCondition<>("not send to Kafka") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                for (JavaMethodCall call : method.getMethodCallsFromSelf()) {
                    String owner = call.getTargetOwner().getName();
                    if (owner.startsWith(PRODUCER_PACKAGE + ".") || SENDERS.contains(owner)) {
                        events.add(SimpleConditionEvent.violated(method,
                                method.getFullName() + " sends to Kafka inside a transaction: " + call.getDescription()));
                    }
                }
            }
        };
    }
}
