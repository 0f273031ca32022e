package dev.kinetic.deploy.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;

/**
 * The Kubernetes manifests, checked offline: every object parses into its typed model with no
 * unknown field, the workloads and the network meet the policy, and the manifests agree with the
 * services (topics, ACLs, required settings, routed paths). With kubectl on the PATH each overlay is
 * also rendered and checked whole; without it that test is skipped, and says so.
 */
class ManifestsTest {

    private static final List<HasMetadata> BASE = Manifests.files("base");

    @Test
    void everyManifestParsesIntoItsTypedModelWithoutUnknownFields() {
        assertThat(BASE).extracting(HasMetadata::getKind).contains("Namespace", "Deployment", "Service", "ServiceAccount",
                "ConfigMap", "NetworkPolicy", "Gateway", "HTTPRoute", "Kafka", "KafkaNodePool", "KafkaTopic", "KafkaUser", "Cluster");
        assertThat(Manifests.files("overlays/prod")).extracting(HasMetadata::getKind)
                .containsOnly("HorizontalPodAutoscaler", "PodDisruptionBudget");
    }

    @Test
    void aTypoOrAWrongApiVersionIsCaught() {
        String typo = """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: x}
                spec:
                  replicas: 1
                  replicaz: 2
                """;
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Manifests.parse(typo, "typo"))
                .hasMessageContaining("replicaz");
        String wrongVersion = """
                apiVersion: apps/v1beta9
                kind: Deployment
                metadata: {name: x}
                """;
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Manifests.parse(wrongVersion, "version"))
                .hasMessageContaining("not a known Kubernetes kind");
    }

    @Test
    void workloadsHaveProbesResourcesAndTheRestrictedSecurityContext() {
        assertThat(Policy.workloads(BASE)).isEmpty();
    }

    @Test
    void theNetworkIsDefaultDenyWithNoIngressAndTheGatewayNeverReachesQ() {
        assertThat(Policy.network(BASE)).isEmpty();
    }

    @Test
    void theManifestsAgreeWithTheServicesTopicsAclsSettingsAndPaths() {
        assertThat(Policy.crossChecks(BASE)).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void thePolicyCatchesWhatItIsFor() {
        List<HasMetadata> broken = new ArrayList<>(Manifests.files("base"));
        Deployment plan = Manifests.ofType(broken, Deployment.class).stream()
                .filter(d -> d.getMetadata().getName().equals("plan-service")).findFirst().orElseThrow();
        plan.getSpec().getTemplate().getSpec().getContainers().get(0).setLivenessProbe(null);
        plan.getSpec().getTemplate().getSpec().getContainers().get(0).getEnv().removeIf(e -> e.getName().equals("KINETIC_DB_URL"));
        broken.removeIf(o -> o.getKind().equals("KafkaTopic") && o.getMetadata().getName().equals("plan-events"));
        Manifests.custom(broken, "KafkaTopic").stream().filter(t -> t.getMetadata().getName().equals("exercise-catalog"))
                .forEach(t -> ((Map<String, Object>) Policy.spec(t).get("config")).put("max.message.bytes", 1000));
        Manifests.custom(broken, "KafkaTopic").stream().filter(t -> t.getMetadata().getName().equals("content-articles"))
                .forEach(t -> ((Map<String, Object>) Policy.spec(t).get("config")).remove("segment.ms"));
        Deployment content = Manifests.ofType(broken, Deployment.class).stream()
                .filter(d -> d.getMetadata().getName().equals("content-service")).findFirst().orElseThrow();
        content.getSpec().getTemplate().getSpec().getContainers().get(0).getResources().getLimits()
                .put("memory", new io.fabric8.kubernetes.api.model.Quantity("300Mi"));
        assertThat(Policy.workloads(broken)).anySatisfy(v -> assertThat(v).contains("plan-service").contains("liveness"))
                .anySatisfy(v -> assertThat(v).contains("content-service").contains("MiB of the memory limit"));
        broken.removeIf(o -> o.getKind().equals("BackendTrafficPolicy") && o.getMetadata().getName().startsWith("content-service"));
        Manifests.custom(broken, "BackendTrafficPolicy").stream().filter(p -> p.getMetadata().getName().startsWith("plan-service"))
                .forEach(p -> ((Map<String, Object>) ((List<Map<String, Object>>) ((Map<String, Object>) ((Map<String, Object>) Policy.spec(p)
                        .get("rateLimit")).get("global")).get("rules")).get(0).get("limit")).put("requests", 10));
        assertThat(Policy.crossChecks(broken))
                .anySatisfy(v -> assertThat(v).contains("content-service's route has no global per-client-address rate limit"))
                .anySatisfy(v -> assertThat(v).contains("plan-service's gateway rate limit (10/min) is below its 'plan-create' quota"))
                .anySatisfy(v -> assertThat(v).contains("plan-events").contains("no KafkaTopic"))
                .anySatisfy(v -> assertThat(v).contains("KINETIC_DB_URL"))
                .anySatisfy(v -> assertThat(v).contains("exercise-catalog max.message.bytes is 1000"))
                .anySatisfy(v -> assertThat(v).contains("content-articles is compacted but its segment.ms is null"));
    }

    @Test
    void prodAutoscalesAndLimitsDisruptionForEveryService() {
        List<HasMetadata> prod = Manifests.files("overlays/prod");
        Set<String> services = ServiceContract.SERVICES;
        assertThat(Manifests.ofType(prod, HorizontalPodAutoscaler.class)).allSatisfy(h -> assertThat(h.getSpec().getMinReplicas())
                .isGreaterThanOrEqualTo(2)).extracting(h -> h.getSpec().getScaleTargetRef().getName())
                .containsExactlyInAnyOrderElementsOf(services);
        assertThat(Manifests.ofType(prod, PodDisruptionBudget.class)).extracting(p -> p.getSpec().getSelector().getMatchLabels()
                .get("app.kubernetes.io/name")).containsExactlyInAnyOrderElementsOf(services);
    }

    @Test
    void eachOverlayRendersWithKubectlAndMeetsEveryCheck() throws Exception {
        boolean kubectl = Manifests.kubectlAvailable();
        if (!kubectl) {
            System.err.println("""

                    ************************************************************************
                    *  SKIPPED: kubectl is not on the PATH, so the overlays were NOT       *
                    *  rendered with kustomize. Base files and prod's own files were still *
                    *  parsed and checked. Install kubectl to validate the overlays whole. *
                    ************************************************************************
                    """);
        }
        Assumptions.assumeTrue(kubectl, "kubectl is not on the PATH: overlays not rendered (base files were still checked)");
        for (String overlay : List.of("dev", "prod")) {
            List<HasMetadata> rendered = Manifests.rendered(overlay);
            String namespace = overlay.equals("dev") ? "kinetic-dev" : "kinetic";
            assertThat(rendered).as(overlay).filteredOn(o -> !o.getKind().equals("Namespace"))
                    .allSatisfy(o -> assertThat(o.getMetadata().getNamespace()).as(o.getKind() + " " + o.getMetadata().getName())
                            .isEqualTo(namespace));
            assertThat(Policy.workloads(rendered)).as(overlay).isEmpty();
            assertThat(Policy.network(rendered)).as(overlay).isEmpty();
            assertThat(Policy.crossChecks(rendered)).as(overlay).isEmpty();
            List<Deployment> deployments = Manifests.ofType(rendered, Deployment.class);
            assertThat(deployments).extracting(d -> d.getSpec().getTemplate().getSpec().getContainers().get(0).getImage())
                    .allSatisfy(image -> assertThat(image).startsWith("ghcr.io/kinetic-dev/"));
            if (overlay.equals("prod")) {
                assertThat(deployments).allSatisfy(d -> {
                    assertThat(d.getSpec().getReplicas()).isGreaterThanOrEqualTo(2);
                    assertThat(d.getSpec().getTemplate().getSpec().getTopologySpreadConstraints()).isNotEmpty();
                });
                Map<String, Long> perKind = rendered.stream().collect(Collectors.groupingBy(HasMetadata::getKind, Collectors.counting()));
                assertThat(perKind).containsEntry("HorizontalPodAutoscaler", 3L).containsEntry("PodDisruptionBudget", 3L);
            } else {
                assertThat(deployments).allSatisfy(d -> assertThat(d.getSpec().getReplicas()).isEqualTo(1));
                assertThat(Manifests.custom(rendered, "KafkaTopic")).allSatisfy(t -> assertThat(Policy.spec(t).get("replicas"))
                        .isEqualTo(1));
            }
            System.out.println("overlay " + overlay + " renders " + rendered.stream()
                    .collect(Collectors.groupingBy(HasMetadata::getKind, java.util.TreeMap::new, Collectors.counting())));
        }
    }
}
