package io.unikv.testserver.internal.rest;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.unikv.testserver.UnikvTestServer;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Drives the REST pub/sub streams with the official {@code @upstash/redis} Node client
 * ({@code redis.subscribe}, {@code redis.psubscribe}, {@code unsubscribe}), installed
 * from npm into {@code target/} on first use (shared with
 * {@link UpstashClientIntegrationTests}). The script ({@code upstash-pubsub.cjs}) runs
 * every scenario once and prints what it observed. Skipped when {@code node} or
 * {@code npm} is missing, unless {@code UNIKV_REQUIRE_REDIS=true}.
 *
 * @author unikv authors
 */
@Timeout(300)
class UpstashPubSubIntegrationTests {

    private static final String CLIENT = "@upstash/redis@1.39.0";

    private static final Path INSTALL = Path.of("target", "upstash-redis-1.39.0").toAbsolutePath();

    private static UnikvTestServer server;

    private static Map<String, String> scenarios;

    @BeforeAll
    static void runClient() throws Exception {
        for (String tool : List.of("node", "npm")) {
            if (findOnPath(tool) == null) {
                String reason = tool + " is not on the PATH; the @upstash/redis client tests need Node.js 18+";
                if (Boolean.parseBoolean(System.getenv("UNIKV_REQUIRE_REDIS"))) {
                    throw new IllegalStateException(reason + "; failing because UNIKV_REQUIRE_REDIS=true");
                }
                Assumptions.abort(reason);
            }
        }
        install();
        server = UnikvTestServer.builder().token("t").start();
        scenarios = run();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void subscribeReceivesStringAndJsonMessagesThenUnsubscribes() {
        assertThat(scenario("subscribe")).isEqualTo("{\"receivers\":[1,1],\"events\":[[\"subscribe\",1],"
                + "[\"message\",\"news\",\"hello, world\"],[\"message:news\",\"hello, world\"],"
                + "[\"message\",\"news\",{\"a\":1,\"b\":[2]}],[\"message:news\",{\"a\":1,\"b\":[2]}]],\"after\":0}");
    }

    @Test
    void psubscribeReceivesPatternMessages() {
        assertThat(scenario("psubscribe")).isEqualTo("{\"events\":[[\"psubscribe\",1],"
                + "[\"pmessage\",\"ne*\",\"nexus\",{\"probe\":1}],[\"pmessage\",\"ne*\",\"news\",[1,\"a,b\"]]]}");
    }

    @Test
    void unsubscribingOneChannelClosesOnlyItsStream() {
        assertThat(scenario("severalChannels"))
            .isEqualTo("{\"seen\":[\"c1=x\",\"c2=y\"],\"channels\":[\"c2\"],\"stillOpen\":1}");
    }

    private static String scenario(String name) {
        assertThat(scenarios).as("scenarios the Node script reported").containsKey(name);
        return scenarios.get(name);
    }

    private static void install() throws Exception {
        if (Files.isRegularFile(INSTALL.resolve("node_modules/@upstash/redis/package.json"))) {
            return;
        }
        Files.createDirectories(INSTALL);
        Path log = INSTALL.resolve("npm-install-pubsub.log");
        Process npm = new ProcessBuilder(String.valueOf(findOnPath("npm")), "install", "--no-save", "--no-audit",
                "--no-fund", "--prefix", INSTALL.toString(), CLIENT)
            .directory(INSTALL.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
        String output = awaitExit(npm, 240, log);
        if (npm.exitValue() != 0) {
            throw new IllegalStateException("npm install " + CLIENT + " failed:\n" + output);
        }
    }

    private static Map<String, String> run() throws Exception {
        Path script = INSTALL.resolve("upstash-pubsub.cjs");
        try (InputStream in = UpstashPubSubIntegrationTests.class.getResourceAsStream("upstash-pubsub.cjs")) {
            Files.copy(in, script, StandardCopyOption.REPLACE_EXISTING);
        }
        Path output = INSTALL.resolve("upstash-pubsub.log");
        ProcessBuilder builder = new ProcessBuilder(String.valueOf(findOnPath("node")), script.toString())
            .directory(INSTALL.toFile())
            .redirectErrorStream(true)
            .redirectOutput(output.toFile());
        builder.environment().put("UNIKV_URL", server.restUrl());
        builder.environment().put("UNIKV_TOKEN", "t");
        builder.environment().put("UPSTASH_DISABLE_TELEMETRY", "1");
        Process node = builder.start();
        String log = awaitExit(node, 120, output);
        assertThat(node.exitValue()).as("node exit code, output:%n%s", log).isZero();
        Map<String, String> results = new HashMap<>();
        for (String line : log.split("\n")) {
            if (line.startsWith("SCENARIO ")) {
                String[] parts = line.split(" ", 3);
                results.put(parts[1], parts[2].strip());
            }
        }
        return results;
    }

    private static String awaitExit(Process process, long seconds, Path output) throws Exception {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            throw new IllegalStateException("process did not finish within " + seconds + " s:\n" + read(output));
        }
        return read(output);
    }

    private static String read(Path file) throws IOException {
        return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    }

    private static @Nullable Path findOnPath(String tool) {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir, tool);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }

}
