package dev.kinetic.deploy.kubernetes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;

/**
 * The manifests as typed Kubernetes objects (fabric8): the base and overlay files as written, and,
 * where kubectl is on the PATH, each overlay as {@code kubectl kustomize} renders it.
 */
final class Manifests {

    /** Kinds that come from operators' CRDs and so have no typed model here. */
    static final List<String> CUSTOM_KINDS = List.of("kafka.strimzi.io/v1beta2/Kafka", "kafka.strimzi.io/v1beta2/KafkaNodePool",
            "kafka.strimzi.io/v1beta2/KafkaTopic", "kafka.strimzi.io/v1beta2/KafkaUser", "postgresql.cnpg.io/v1/Cluster",
            "gateway.envoyproxy.io/v1alpha1/BackendTrafficPolicy");
    static final Path ROOT = findRoot();
    static final Path KUBERNETES = ROOT.resolve("deploy/kubernetes");
    static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

    private Manifests() {
    }

    /** Every object of every resource file of a kustomization directory (not the kustomization itself). */
    static List<HasMetadata> files(String directory) {
        try (Stream<Path> files = Files.list(KUBERNETES.resolve(directory))) {
            List<HasMetadata> objects = new ArrayList<>();
            files.filter(f -> f.toString().endsWith(".yaml") && !f.getFileName().toString().equals("kustomization.yaml"))
                    .sorted().forEach(f -> objects.addAll(parse(read(f), f.toString())));
            return objects;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean kubectlAvailable() {
        try {
            Process process = new ProcessBuilder("kubectl", "version", "--client").redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The overlay as kubectl kustomize renders it. */
    static List<HasMetadata> rendered(String overlay) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("kubectl", "kustomize", KUBERNETES.resolve("overlays/" + overlay).toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String yaml = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("kubectl kustomize failed for overlay " + overlay);
        }
        return parse(yaml, "overlay " + overlay);
    }

    /** Parses a multi-document YAML; a core kind with an unknown apiVersion or unknown fields is an error. */
    static List<HasMetadata> parse(String yaml, String source) {
        List<HasMetadata> objects = new ArrayList<>();
        for (String document : yaml.split("(?m)^---\\s*$")) {
            if (document.lines().allMatch(l -> l.isBlank() || l.trim().startsWith("#"))) {
                continue;
            }
            Object parsed = SERIALIZATION.unmarshal(document);
            if (!(parsed instanceof HasMetadata object)) {
                throw new AssertionError(source + ": not a Kubernetes object:\n" + document);
            }
            String kind = object.getApiVersion() + "/" + object.getKind();
            if (object instanceof GenericKubernetesResource && !CUSTOM_KINDS.contains(kind)) {
                throw new AssertionError(source + ": " + kind + " " + object.getMetadata().getName()
                        + " is not a known Kubernetes kind at that API version");
            }
            List<String> unknown = new ArrayList<>();
            unknownFields(object, object.getKind() + " " + object.getMetadata().getName(), unknown);
            if (!unknown.isEmpty()) {
                throw new AssertionError(source + ": unknown fields " + unknown);
            }
            objects.add(object);
        }
        return objects;
    }

    /** Fields fabric8 did not recognise land in additionalProperties; any there is a typo or a wrong version. */
    private static void unknownFields(Object value, String path, List<String> unknown) {
        if (value == null || value instanceof GenericKubernetesResource || value instanceof String || value instanceof Number
                || value instanceof Boolean || value instanceof Enum<?>) {
            return;
        }
        if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                unknownFields(list.get(i), path + "[" + i + "]", unknown);
            }
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> unknownFields(v, path + "." + k, unknown));
            return;
        }
        if (!(value instanceof KubernetesResource) && !value.getClass().getPackageName().startsWith("io.fabric8")) {
            return;
        }
        for (Class<?> type = value.getClass(); type != null && type != Object.class; type = type.getSuperclass()) {
            for (var field : type.getDeclaredFields()) {
                if (java.lang.reflect.Modifier.isStatic(field.getModifiers())) {
                    continue;
                }
                try {
                    field.setAccessible(true);
                    Object child = field.get(value);
                    if (field.getName().equals("additionalProperties") && child instanceof Map<?, ?> extra) {
                        extra.keySet().forEach(k -> unknown.add(path + "." + k));
                    } else if (!(child instanceof Map<?, ?>) || !field.getName().equals("additionalProperties")) {
                        unknownFields(child, path + "." + field.getName(), unknown);
                    }
                } catch (ReflectiveOperationException | RuntimeException e) {
                    // fields of JDK types inside models (e.g. Quantity's internals) need no walk
                }
            }
        }
    }

    static <T extends HasMetadata> List<T> ofType(List<HasMetadata> objects, Class<T> type) {
        return objects.stream().filter(type::isInstance).map(type::cast).toList();
    }

    static List<GenericKubernetesResource> custom(List<HasMetadata> objects, String kind) {
        return objects.stream().filter(o -> o instanceof GenericKubernetesResource && o.getKind().equals(kind))
                .map(GenericKubernetesResource.class::cast).toList();
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path findRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("deploy/kubernetes/base/kustomization.yaml"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("run from inside the Kinetic repository");
        }
        return dir;
    }
}
