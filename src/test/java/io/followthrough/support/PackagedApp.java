package io.followthrough.support;

import io.restassured.RestAssured;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The packaged jar ({@code target/quarkus-app}) started as a hosting team starts it, for the integration tests (*IT):
 * a process of its own on free ports, with the environment the test gives it and nothing from the build's (no JDBC
 * URL, no profile, an identity provider that does not exist unless the test names one), its own temporary directory
 * and its output in {@code target/packaged-jar-<name>.log}.
 */
public final class PackagedApp implements AutoCloseable {

    public static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");
    /** Generous: on a loaded build machine the jar has taken two minutes to start. */
    public static final Duration START_LIMIT = Duration.ofMinutes(5);

    private final String name;
    private final int httpPort;
    private final int managementPort;
    private final Process process;

    private PackagedApp(String name, int httpPort, int managementPort, Process process) {
        this.name = name;
        this.httpPort = httpPort;
        this.managementPort = managementPort;
        this.process = process;
    }

    /** Starts the jar with {@code environment} on top of a clean one; it may still be starting when this returns. */
    public static PackagedApp start(String name, Map<String, String> environment) throws IOException {
        return start(name, freePort(), environment);
    }

    /** As {@link #start(String, Map)}, on a public port chosen by the caller (a redirect URI may have to name it). */
    public static PackagedApp start(String name, int httpPort, Map<String, String> environment) throws IOException {
        assertTrue(Files.exists(JAR), JAR + " is built by the package phase before the integration tests");
        int managementPort = freePort();
        Path temporary = temporaryDirectory(name);
        Files.createDirectories(temporary);
        String java = ProcessHandle.current().info().command().orElse("java");
        // Its own temporary directory: an embedded server would unpack and keep its data there.
        ProcessBuilder builder = new ProcessBuilder(java, "-Djava.io.tmpdir=" + temporary.toAbsolutePath(), "-jar",
                JAR.toString())
                .redirectErrorStream(true)
                .redirectOutput(logFile(name));
        builder.environment().keySet().removeIf(key -> key.startsWith("QUARKUS_") || key.startsWith("FOLLOWTHROUGH_")
                || key.startsWith("OIDC_"));
        builder.environment().put("OIDC_AUTH_SERVER_URL", "http://localhost:1/realms/none");
        builder.environment().put("QUARKUS_HTTP_PORT", String.valueOf(httpPort));
        builder.environment().put("MANAGEMENT_PORT", String.valueOf(managementPort));
        builder.environment().putAll(environment);
        return new PackagedApp(name, httpPort, managementPort, builder.start());
    }

    /** Waits until readiness answers 200, failing if the process stops first. */
    public PackagedApp awaitReady() throws InterruptedException {
        await(() -> status(readyUrl()) == 200, "the app became ready (see " + logFile(name) + ")");
        return this;
    }

    /** Waits until {@code condition} holds, failing if the process stops first or it takes over the start limit. */
    public void await(BooleanSupplier condition, String what) throws InterruptedException {
        Instant deadline = Instant.now().plus(START_LIMIT);
        while (Instant.now().isBefore(deadline)) {
            if (condition.getAsBoolean()) {
                return;
            }
            if (!process.isAlive()) {
                throw new AssertionError("The app stopped before " + what + " (see " + logFile(name) + ")");
            }
            TimeUnit.MILLISECONDS.sleep(200);
        }
        throw new AssertionError("Not within " + START_LIMIT + ": " + what);
    }

    public String baseUrl() {
        return "http://localhost:" + httpPort;
    }

    public int httpPort() {
        return httpPort;
    }

    public String readyUrl() {
        return "http://localhost:" + managementPort + "/q/health/ready";
    }

    public String liveUrl() {
        return "http://localhost:" + managementPort + "/q/health/live";
    }

    public Process process() {
        return process;
    }

    public Path temporaryDirectory() {
        return temporaryDirectory(name);
    }

    public File logFile() {
        return logFile(name);
    }

    public String log() throws IOException {
        return Files.readString(logFile(name).toPath());
    }

    /** Stops the app as a service manager would (SIGTERM), then for good if it has not stopped within 30 s. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    /** The status of a GET, or -1 when nothing answers (not listening yet is not an error here). */
    public static int status(String url) {
        try {
            return RestAssured.get(url).statusCode();
        } catch (Exception e) {
            return -1;
        }
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static Path temporaryDirectory(String name) {
        return Path.of("target", "packaged-jar-" + name + "-tmp");
    }

    private static File logFile(String name) {
        return Path.of("target", "packaged-jar-" + name + ".log").toFile();
    }
}
