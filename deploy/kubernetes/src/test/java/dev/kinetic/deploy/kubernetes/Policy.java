package dev.kinetic.deploy.kubernetes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRoute;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRouteMatch;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;

/** The rules the manifests must keep; each check returns what breaks them, in words. */
final class Policy {

    private Policy() {
    }

    /** Probes on the management port, requests and limits, the restricted security context, a writable /tmp only. */
    static List<String> workloads(List<HasMetadata> objects) {
        List<String> broken = new ArrayList<>();
        Set<String> serviceAccountsWithToken = Manifests.ofType(objects, ServiceAccount.class).stream()
                .filter(sa -> !Boolean.FALSE.equals(sa.getAutomountServiceAccountToken()))
                .map(sa -> sa.getMetadata().getName()).collect(Collectors.toSet());
        broken.addAll(serviceAccountsWithToken.stream().map(sa -> "ServiceAccount " + sa + " automounts its token").toList());
        List<Deployment> deployments = Manifests.ofType(objects, Deployment.class);
        if (deployments.size() != ServiceContract.SERVICES.size()) {
            broken.add("expected a Deployment per service, found " + deployments.size());
        }
        for (Deployment deployment : deployments) {
            String name = deployment.getMetadata().getName();
            PodSpec pod = deployment.getSpec().getTemplate().getSpec();
            if (!Boolean.FALSE.equals(pod.getAutomountServiceAccountToken())) {
                broken.add(name + ": pod automounts a service account token");
            }
            if (pod.getSecurityContext() == null || !Boolean.TRUE.equals(pod.getSecurityContext().getRunAsNonRoot())
                    || pod.getSecurityContext().getSeccompProfile() == null
                    || !"RuntimeDefault".equals(pod.getSecurityContext().getSeccompProfile().getType())) {
                broken.add(name + ": pod must run as non-root with the RuntimeDefault seccomp profile");
            }
            if (pod.getTerminationGracePeriodSeconds() == null || pod.getTerminationGracePeriodSeconds() < 30) {
                broken.add(name + ": needs a termination grace period of at least 30 s for graceful shutdown");
            }
            for (Container container : pod.getContainers()) {
                String where = name + "/" + container.getName();
                probe(broken, where, "startup", container.getStartupProbe(), "/q/health/started");
                probe(broken, where, "readiness", container.getReadinessProbe(), "/q/health/ready");
                probe(broken, where, "liveness", container.getLivenessProbe(), "/q/health/live");
                var resources = container.getResources();
                for (String kind : List.of("cpu", "memory")) {
                    if (resources == null || resources.getRequests() == null || !resources.getRequests().containsKey(kind)
                            || resources.getLimits() == null || !resources.getLimits().containsKey(kind)) {
                        broken.add(where + ": needs a " + kind + " request and limit");
                    }
                }
                var security = container.getSecurityContext();
                if (security == null || !Boolean.FALSE.equals(security.getAllowPrivilegeEscalation())
                        || !Boolean.TRUE.equals(security.getReadOnlyRootFilesystem()) || security.getCapabilities() == null
                        || !List.of("ALL").equals(security.getCapabilities().getDrop())) {
                    broken.add(where + ": needs no privilege escalation, a read-only root filesystem and all capabilities dropped");
                }
                boolean writableTmp = container.getVolumeMounts().stream().anyMatch(m -> m.getMountPath().equals("/tmp")
                        && !Boolean.TRUE.equals(m.getReadOnly()) && pod.getVolumes().stream()
                                .anyMatch(v -> v.getName().equals(m.getName()) && v.getEmptyDir() != null));
                if (!writableTmp) {
                    broken.add(where + ": needs a writable emptyDir at /tmp");
                }
                String javaOptions = environment(container, objects).getOrDefault("JAVA_TOOL_OPTIONS", "");
                java.util.regex.Matcher percentage = java.util.regex.Pattern.compile("-XX:MaxRAMPercentage=([0-9.]+)").matcher(javaOptions);
                if (!percentage.find()) {
                    broken.add(where + ": the JVM must size its heap from the container limit (JAVA_TOOL_OPTIONS MaxRAMPercentage)");
                } else if (!leavesRoomBesideTheHeap(container, Double.parseDouble(percentage.group(1)))) {
                    broken.add(where + ": a full heap must leave " + NON_HEAP_MIB + " MiB of the memory limit for the rest of the JVM");
                }
            }
            for (Volume volume : pod.getVolumes()) {
                if (volume.getHostPath() != null) {
                    broken.add(name + ": hostPath volume " + volume.getName());
                }
            }
        }
        return broken;
    }

    /**
     * What a service's JVM needs besides its heap, measured with native memory tracking under the benchmark's load
     * (class metadata and the CDS archive ~140 MB, compiled code 30-40 MB, symbols 16 MB, threads and malloc).
     */
    static final int NON_HEAP_MIB = 200;

    private static boolean leavesRoomBesideTheHeap(Container container, double heapPercentage) {
        if (container.getResources() == null || container.getResources().getLimits() == null
                || !container.getResources().getLimits().containsKey("memory")) {
            return false;
        }
        double limit = io.fabric8.kubernetes.api.model.Quantity.getAmountInBytes(container.getResources().getLimits().get("memory"))
                .doubleValue();
        return limit * (1 - heapPercentage / 100) >= NON_HEAP_MIB * 1024.0 * 1024.0;
    }

    private static void probe(List<String> broken, String where, String kind, Probe probe, String path) {
        if (probe == null || probe.getHttpGet() == null || !path.equals(probe.getHttpGet().getPath())
                || !"management".equals(probe.getHttpGet().getPort().getStrVal())) {
            broken.add(where + ": needs a " + kind + " probe on " + path + " at the management port");
        }
    }

    /** Default deny present, no Ingress, routes only to API ports and never to /q. */
    static List<String> network(List<HasMetadata> objects) {
        List<String> broken = new ArrayList<>();
        boolean defaultDeny = Manifests.ofType(objects, NetworkPolicy.class).stream().anyMatch(p -> p.getSpec().getPodSelector() != null
                && (p.getSpec().getPodSelector().getMatchLabels() == null || p.getSpec().getPodSelector().getMatchLabels().isEmpty())
                && (p.getSpec().getPodSelector().getMatchExpressions() == null
                        || p.getSpec().getPodSelector().getMatchExpressions().isEmpty())
                && p.getSpec().getPolicyTypes().containsAll(List.of("Ingress", "Egress"))
                && p.getSpec().getIngress().isEmpty() && p.getSpec().getEgress().isEmpty());
        if (!defaultDeny) {
            broken.add("no default-deny NetworkPolicy (empty pod selector, Ingress and Egress, no rules)");
        }
        objects.stream().filter(o -> o.getKind().equals("Ingress")).forEach(o -> broken.add("Ingress " + o.getMetadata().getName()
                + ": use the Gateway API"));
        for (HTTPRoute route : Manifests.ofType(objects, HTTPRoute.class)) {
            for (var rule : route.getSpec().getRules()) {
                for (HTTPRouteMatch match : rule.getMatches()) {
                    String path = match.getPath() == null ? "/" : match.getPath().getValue();
                    if (path.equals("/") || path.startsWith("/q")) {
                        broken.add("HTTPRoute " + route.getMetadata().getName() + " routes " + path + ", which exposes /q/*");
                    }
                    if (!path.startsWith("/api/v1/")) {
                        broken.add("HTTPRoute " + route.getMetadata().getName() + " routes " + path + " outside /api/v1/");
                    }
                }
                rule.getBackendRefs().stream().filter(b -> !Objects.equals(b.getPort(), 80)).forEach(b -> broken.add(
                        "HTTPRoute " + route.getMetadata().getName() + " sends to port " + b.getPort() + " (only the API port, 80)"));
            }
        }
        return broken;
    }

    /** The variables a container gets: its env and every key of the ConfigMaps it takes whole. */
    static Map<String, String> environment(Container container, List<HasMetadata> objects) {
        Map<String, String> env = new java.util.HashMap<>();
        for (EnvFromSource source : container.getEnvFrom()) {
            if (source.getConfigMapRef() != null) {
                Manifests.ofType(objects, ConfigMap.class).stream()
                        .filter(c -> c.getMetadata().getName().equals(source.getConfigMapRef().getName()))
                        .forEach(c -> env.putAll(c.getData()));
            }
        }
        for (EnvVar variable : container.getEnv()) {
            env.put(variable.getName(), variable.getValue() == null ? "<from " + describe(variable) + ">" : variable.getValue());
        }
        return env;
    }

    /** The outbox sends requests of up to 1 MiB; the broker and every topic must take a record that large. */
    private static final long OUTBOX_MAX_REQUEST_BYTES = 1_048_576;

    @SuppressWarnings("unchecked")
    private static void recordLimits(List<HasMetadata> objects, List<String> broken) {
        Object brokerLimit = Manifests.custom(objects, "Kafka").stream()
                .map(k -> ((Map<String, Object>) spec(k).getOrDefault("kafka", Map.of())).getOrDefault("config", Map.of()))
                .map(c -> ((Map<String, Object>) c).getOrDefault("message.max.bytes", "unset")).findFirst().orElse("unset");
        if (!brokerLimit.toString().matches("\\d+") || Long.parseLong(brokerLimit.toString()) < OUTBOX_MAX_REQUEST_BYTES) {
            broken.add("Kafka message.max.bytes is " + brokerLimit + ", below the outbox's 1 MiB requests");
        }
        for (var topic : Manifests.custom(objects, "KafkaTopic")) {
            Map<String, Object> config = (Map<String, Object>) spec(topic).getOrDefault("config", Map.of());
            Object limit = config.get("max.message.bytes");
            if (limit == null || !limit.toString().equals(String.valueOf(brokerLimit))) {
                broken.add("KafkaTopic " + topic.getMetadata().getName() + " max.message.bytes is " + limit
                        + ", not the broker's " + brokerLimit);
            }
            Object segment = config.get("segment.ms");
            if ("compact".equals(config.get("cleanup.policy"))
                    && (segment == null || !segment.toString().matches("\\d+") || Long.parseLong(segment.toString()) > MAX_COMPACTED_SEGMENT_MS)) {
                broken.add("KafkaTopic " + topic.getMetadata().getName() + " is compacted but its segment.ms is " + segment
                        + ": compaction never reaches the open segment, which readers replaying the topic read in full");
            }
        }
    }

    /** A compacted state topic closes a segment at least daily (Kafka's default is a week). */
    private static final long MAX_COMPACTED_SEGMENT_MS = 86_400_000;

    private static String describe(EnvVar variable) {
        var from = variable.getValueFrom();
        return from.getSecretKeyRef() != null ? "secret " + from.getSecretKeyRef().getName()
                : from.getConfigMapKeyRef() != null ? "configmap " + from.getConfigMapKeyRef().getName() : "field";
    }

    /**
     * Each service's topics exist, its KafkaUser may do exactly what it needs (read what it consumes
     * in its groups, write its dead letters and what it produces) and nothing on other topics, and every
     * variable its configuration requires is set.
     */
    /**
     * Every routed service has a global, per-client-address rate limit at the gateway, and it is at least every quota
     * the service itself enforces: the services' quotas stay the authority, the gateway an outer bound.
     */
    @SuppressWarnings("unchecked")
    static void gatewayRateLimits(List<HasMetadata> objects, List<String> broken) {
        List<io.fabric8.kubernetes.api.model.GenericKubernetesResource> policies = Manifests.custom(objects, "BackendTrafficPolicy");
        for (String service : new java.util.TreeSet<>(ServiceContract.SERVICES)) {
            List<Map<String, Object>> rules = policies.stream()
                    .filter(p -> ((List<Map<String, Object>>) spec(p).getOrDefault("targetRefs", List.of())).stream()
                            .anyMatch(t -> "HTTPRoute".equals(t.get("kind")) && service.equals(t.get("name"))))
                    .map(p -> (Map<String, Object>) spec(p).get("rateLimit"))
                    .filter(r -> r != null && "Global".equals(r.get("type")))
                    .flatMap(r -> ((List<Map<String, Object>>) ((Map<String, Object>) r.get("global")).get("rules")).stream())
                    .filter(Policy::perClientAddress)
                    .toList();
            if (rules.isEmpty()) {
                broken.add(service + "'s route has no global per-client-address rate limit at the gateway");
                continue;
            }
            for (Map<String, Object> rule : rules) {
                Map<String, Object> limit = (Map<String, Object>) rule.get("limit");
                long perMinute = ((Number) limit.get("requests")).longValue() * switch (String.valueOf(limit.get("unit"))) {
                    case "Second" -> 60L;
                    case "Minute" -> 1L;
                    default -> 0L; // an hour or a day is coarser than the services' quotas: never enough
                };
                ServiceContract.of(service).quotasPerMinute().forEach((quota, servicePerMinute) -> {
                    if (perMinute < servicePerMinute) {
                        broken.add(service + "'s gateway rate limit (" + perMinute + "/min) is below its '" + quota + "' quota ("
                                + servicePerMinute + "/min): the gateway would refuse what the service allows");
                    }
                });
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static boolean perClientAddress(Map<String, Object> rule) {
        return ((List<Map<String, Object>>) rule.getOrDefault("clientSelectors", List.of())).stream()
                .map(c -> (Map<String, Object>) c.get("sourceCIDR"))
                .anyMatch(c -> c != null && "Distinct".equals(c.get("type")));
    }

    static List<String> crossChecks(List<HasMetadata> objects) {
        List<String> broken = new ArrayList<>();
        Set<String> topics = Manifests.custom(objects, "KafkaTopic").stream()
                .map(t -> (String) spec(t).getOrDefault("topicName", t.getMetadata().getName())).collect(Collectors.toSet());
        recordLimits(objects, broken);
        gatewayRateLimits(objects, broken);
        for (dev.kinetic.contracts.Topic topic : dev.kinetic.contracts.Topics.ALL) {
            Set<String> consumers = new TreeSet<>();
            ServiceContract.SERVICES.stream().filter(s -> ServiceContract.of(s).consumedTopics().contains(topic.name())).forEach(consumers::add);
            if (!consumers.equals(new TreeSet<>(topic.consumers()))) {
                broken.add("topic " + topic.name() + " is consumed by " + consumers + " but the contracts name " + topic.consumers());
            }
        }
        for (String service : new TreeSet<>(ServiceContract.SERVICES)) {
            ServiceContract contract = ServiceContract.of(service);
            contract.allTopics().stream().filter(t -> !topics.contains(t))
                    .forEach(t -> broken.add(service + " uses topic " + t + " but there is no KafkaTopic for it"));
            List<Map<String, Object>> acls = Manifests.custom(objects, "KafkaUser").stream()
                    .filter(u -> u.getMetadata().getName().equals(service))
                    .flatMap(u -> acls(u).stream()).toList();
            if (acls.isEmpty()) {
                broken.add(service + " has no KafkaUser with ACLs");
            }
            contract.consumedTopics().forEach(t -> requireAcl(broken, service, acls, "topic", t, "literal", "Read"));
            contract.deadLetterTopics().forEach(t -> requireAcl(broken, service, acls, "topic", t, "literal", "Write"));
            contract.producedTopics().forEach(t -> requireAcl(broken, service, acls, "topic", t, "literal", "Write"));
            contract.groups().forEach(g -> requireAcl(broken, service, acls, "group", g, "literal", "Read"));
            contract.groupPrefixes().forEach(g -> requireAcl(broken, service, acls, "group", g, "prefix", "Read"));
            for (Map<String, Object> acl : acls) {
                Map<?, ?> resource = (Map<?, ?>) acl.get("resource");
                if ("topic".equals(resource.get("type")) && !contract.allTopics().contains(resource.get("name"))) {
                    broken.add(service + "'s KafkaUser may use topic " + resource.get("name") + ", which it does not use");
                }
            }
            Manifests.ofType(objects, Deployment.class).stream().filter(d -> d.getMetadata().getName().equals(service))
                    .flatMap(d -> d.getSpec().getTemplate().getSpec().getContainers().stream()).forEach(container -> {
                        Set<String> missing = new TreeSet<>(contract.requiredVariables());
                        missing.removeAll(environment(container, objects).keySet());
                        missing.forEach(v -> broken.add(service + " requires " + v + " (no default) but its Deployment does not set it"));
                    });
            Set<String> routed = new TreeSet<>();
            for (HTTPRoute route : Manifests.ofType(objects, HTTPRoute.class)) {
                boolean toService = route.getSpec().getRules().stream()
                        .anyMatch(r -> r.getBackendRefs().stream().anyMatch(b -> b.getName().equals(service)));
                if (!toService) {
                    continue;
                }
                route.getSpec().getRules().stream().flatMap(r -> r.getMatches().stream()).map(m -> m.getPath().getValue())
                        .forEach(routed::add);
                route.getSpec().getRules().stream().flatMap(r -> r.getMatches().stream()).map(m -> m.getPath().getValue())
                        .filter(prefix -> contract.apiPaths().stream().noneMatch(p -> p.equals(prefix) || p.startsWith(prefix + "/")))
                        .forEach(prefix -> broken.add("HTTPRoute " + route.getMetadata().getName() + " routes " + prefix + " to "
                                + service + ", whose OpenAPI document has no such path"));
            }
            // The converse: every API path partners may call is routed (operators' endpoints stay inside the cluster).
            contract.apiPaths().stream().filter(p -> !p.startsWith(OPERATIONS_PATH))
                    .filter(p -> routed.stream().noneMatch(prefix -> p.equals(prefix) || p.startsWith(prefix + "/")))
                    .forEach(p -> broken.add(service + "'s " + p + " is reached by no HTTPRoute"));
        }
        return broken;
    }

    static final String OPERATIONS_PATH = "/api/v1/operations/";

    /** As Kafka matches: a literal ACL covers its own name, a prefixed one every name (or prefix) it begins. */
    private static void requireAcl(List<String> broken, String service, List<Map<String, Object>> acls, String type, String name,
            String pattern, String operation) {
        boolean granted = acls.stream().anyMatch(acl -> {
            Map<?, ?> resource = (Map<?, ?>) acl.get("resource");
            String aclName = (String) resource.get("name");
            boolean prefixed = "prefix".equals(resource.get("patternType"));
            boolean covers = prefixed ? name.startsWith(aclName) : pattern.equals("literal") && name.equals(aclName);
            return type.equals(resource.get("type")) && covers && ((List<?>) acl.get("operations")).contains(operation);
        });
        if (!granted) {
            broken.add(service + "'s KafkaUser lacks " + operation + " on " + type + " " + name + " (" + pattern + ")");
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> spec(GenericKubernetesResource resource) {
        return (Map<String, Object>) resource.getAdditionalProperties().get("spec");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> acls(GenericKubernetesResource user) {
        Map<String, Object> authorization = (Map<String, Object>) spec(user).get("authorization");
        return authorization == null ? List.of() : (List<Map<String, Object>>) authorization.get("acls");
    }
}
