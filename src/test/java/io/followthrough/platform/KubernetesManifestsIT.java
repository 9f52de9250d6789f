package io.followthrough.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What {@code kubectl kustomize deploy/kubernetes} applies: the manifests quarkus-kubernetes made at package
 * (target/kubernetes/kubernetes.yml) and our own in deploy/kubernetes. Two replicas on the management port's probes,
 * sized as the README's "Memory and start-up" says, never both taken away at once, with every secret from a Secret,
 * and a three-instance CloudNativePG cluster whose Secrets feed the database settings.
 */
class KubernetesManifestsIT {

    private static final Path OVERLAY = Path.of("deploy", "kubernetes");
    private static final YAMLMapper YAML = new YAMLMapper();

    private static JsonNode deployment;
    private static JsonNode container;
    private static JsonNode cluster;
    private static JsonNode budget;

    @BeforeAll
    static void readTheManifests() throws IOException {
        JsonNode kustomization = YAML.readTree(OVERLAY.resolve("kustomization.yaml").toFile());
        List<JsonNode> documents = new ArrayList<>();
        for (JsonNode resource : kustomization.get("resources")) {
            Path file = OVERLAY.resolve(resource.asText()).normalize();
            assertTrue(Files.exists(file), file + " is listed by the kustomization (target/ is made by package)");
            try (MappingIterator<JsonNode> values = YAML.readerFor(JsonNode.class).readValues(file.toFile())) {
                values.forEachRemaining(documents::add);
            }
        }
        deployment = only(documents, "apps/v1", "Deployment");
        container = deployment.at("/spec/template/spec/containers/0");
        cluster = only(documents, "postgresql.cnpg.io/v1", "Cluster");
        budget = only(documents, "policy/v1", "PodDisruptionBudget");
    }

    @Test
    void twoReplicasProbedOnTheManagementPort() {
        assertEquals(2, deployment.at("/spec/replicas").asInt());
        int management = StreamSupport.stream(container.get("ports").spliterator(), false)
                .filter(p -> p.get("name").asText().equals("management")).findFirst()
                .orElseThrow().get("containerPort").asInt();
        assertEquals(9000, management);
        assertEquals("/q/health/live", container.at("/livenessProbe/httpGet/path").asText());
        assertEquals(management, container.at("/livenessProbe/httpGet/port").asInt());
        assertEquals("/q/health/ready", container.at("/readinessProbe/httpGet/path").asText());
        assertEquals(management, container.at("/readinessProbe/httpGet/port").asInt());
    }

    @Test
    void sizedAsTheMemorySettingsSay() {
        assertEquals("512Mi", container.at("/resources/limits/memory").asText());
        assertEquals("512Mi", container.at("/resources/requests/memory").asText());
        assertTrue(container.at("/resources/requests/cpu").isTextual());
        Map<String, JsonNode> env = environment();
        assertEquals("25", env.get("JAVA_MAX_MEM_RATIO").get("value").asText(), "-XX:MaxRAMPercentage=25");
        assertEquals("-XX:+UseSerialGC", env.get("GC_CONTAINER_OPTIONS").get("value").asText());
        assertEquals("2", env.get("MALLOC_ARENA_MAX").get("value").asText());
    }

    @Test
    void neverBothReplicasAwayAtOnce() {
        assertEquals(1, budget.at("/spec/minAvailable").asInt());
        JsonNode podLabels = deployment.at("/spec/template/metadata/labels");
        budget.at("/spec/selector/matchLabels").fields().forEachRemaining(label -> assertEquals(label.getValue(),
                podLabels.get(label.getKey()), "the budget selects the Deployment's pods: " + label.getKey()));
    }

    @Test
    void everySecretComesFromASecret() {
        assertEquals(List.of("followthrough-oidc", "client-secret"), secretOf("OIDC_CLIENT_SECRET"));
        assertEquals(List.of("followthrough-keys", "csrf-session-key"), secretOf("FOLLOWTHROUGH_CSRF_SESSION_KEY"));
        assertEquals(List.of("followthrough-keys", "session-key"),
                secretOf("QUARKUS_OIDC_TOKEN_STATE_MANAGER_ENCRYPTION_SECRET"));
        environment().forEach((name, variable) -> assertTrue(!name.matches(".*(PASSWORD|SECRET|_KEY)")
                || variable.has("valueFrom"), name + " is not written into the manifest"));
        assertEquals("followthrough-config", container.at("/envFrom/0/configMapRef/name").asText());
    }

    @Test
    void aThreeInstanceCloudNativePgClusterWhoseSecretsTheReplicasUse() {
        assertEquals(3, cluster.at("/spec/instances").asInt());
        String name = cluster.at("/metadata/name").asText();
        String database = cluster.at("/spec/bootstrap/initdb/database").asText();
        assertEquals("jdbc:postgresql://" + name + "-rw:5432/" + database,
                environment().get("QUARKUS_DATASOURCE_JDBC_URL").get("value").asText(), "the primary's service");
        // The operator's own Secret is the database owner's: Flyway migrates as it.
        assertEquals(List.of(name + "-app", "username"), secretOf("QUARKUS_FLYWAY_USERNAME"));
        assertEquals(List.of(name + "-app", "password"), secretOf("QUARKUS_FLYWAY_PASSWORD"));
        // The pool connects as the role the operator manages from the council's Secret, which only reads and writes.
        JsonNode role = cluster.at("/spec/managed/roles/0");
        assertTrue(role.get("login").asBoolean());
        String runtime = role.at("/passwordSecret/name").asText();
        assertEquals(List.of(runtime, "username"), secretOf("QUARKUS_DATASOURCE_USERNAME"));
        assertEquals(List.of(runtime, "password"), secretOf("QUARKUS_DATASOURCE_PASSWORD"));
        assertTrue(!role.get("name").asText().equals(cluster.at("/spec/bootstrap/initdb/owner").asText()),
                "the pool's role is not the owner");
    }

    private static Map<String, JsonNode> environment() {
        Map<String, JsonNode> env = new java.util.HashMap<>();
        container.get("env").forEach(variable -> env.put(variable.get("name").asText(), variable));
        return env;
    }

    private static List<String> secretOf(String variable) {
        JsonNode reference = environment().get(variable);
        assertNotNull(reference, variable + " is set");
        JsonNode secret = reference.at("/valueFrom/secretKeyRef");
        assertTrue(secret.isObject(), variable + " comes from a Secret");
        return List.of(secret.get("name").asText(), secret.get("key").asText());
    }

    private static JsonNode only(List<JsonNode> documents, String apiVersion, String kind) {
        List<JsonNode> found = documents.stream().filter(d -> d.path("apiVersion").asText().equals(apiVersion)
                && d.path("kind").asText().equals(kind)).toList();
        assertEquals(1, found.size(), "one " + kind + " (" + apiVersion + ")");
        return found.get(0);
    }
}
