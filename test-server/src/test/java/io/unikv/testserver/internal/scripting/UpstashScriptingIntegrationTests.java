package io.unikv.testserver.internal.scripting;

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
 * Drives the REST endpoint with {@code @upstash/ratelimit} (whose algorithms are Lua
 * scripts run with EVALSHA, falling back to EVAL) and the scripting API of
 * {@code @upstash/redis}, installed from npm into {@code target/} on first use. The
 * script ({@code upstash-scripting.cjs}) runs every scenario once and prints what it
 * observed; each test asserts one scenario. Skipped when {@code node} or {@code npm} is
 * missing, unless {@code UNIKV_REQUIRE_REDIS=true} (CI), where that fails.
 *
 * @author unikv authors
 */
@Timeout(300)
class UpstashScriptingIntegrationTests {

    private static final List<String> PACKAGES = List.of("@upstash/ratelimit@2.2.0", "@upstash/redis@1.39.0");

    private static final Path INSTALL = Path.of("target", "upstash-ratelimit-2.2.0").toAbsolutePath();

    private static final long INSTALL_SECONDS = 240;

    private static final long RUN_SECONDS = 120;

    private static UnikvTestServer server;

    private static Map<String, String> scenarios;

    @BeforeAll
    static void runClient() throws Exception {
        requireNode();
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
    void fixedWindowLimitsGetRemainingAndReset() {
        // [success, remaining, limit, reset in the future]
        assertThat(scenario("fixedWindow")).isEqualTo("{\"calls\":[[true,4,5,true],[true,3,5,true],[true,2,5,true],"
                + "[true,1,5,true],[true,0,5,true],[false,0,5,true],[false,0,5,true]],\"remaining\":[0,5,true],"
                + "\"afterReset\":[5,5],\"again\":[true,4]}");
    }

    @Test
    void slidingWindowLimitsGetRemainingAndReset() {
        assertThat(scenario("slidingWindow")).isEqualTo("{\"calls\":[[true,4,5,true],[true,3,5,true],"
                + "[true,2,5,true],[true,1,5,true],[true,0,5,true],[false,0,5,true],[false,0,5,true]],"
                + "\"remaining\":[0,5,true],\"afterReset\":[5,5],\"again\":[true,4]}");
    }

    @Test
    void tokenBucketLimitsGetRemainingAndReset() {
        assertThat(scenario("tokenBucket")).isEqualTo("{\"calls\":[[true,2,3,true],[true,1,3,true],[true,0,3,true],"
                + "[false,0,3,true],[false,0,3,true]],\"remaining\":[0,3,true],\"afterReset\":[3,3],"
                + "\"again\":[true,2]}");
    }

    @Test
    void fiftyConcurrentCallersNeverExceedTheLimit() {
        assertThat(scenario("concurrentCallers"))
            .isEqualTo("{\"fixedWindow\":10,\"slidingWindow\":10,\"tokenBucket\":10}");
    }

    @Test
    void identifiersAreLimitedSeparately() {
        assertThat(scenario("separateIdentifiers")).isEqualTo("[true,true,false]");
    }

    @Test
    void multiRegionLimitersOverOneRegion() {
        assertThat(scenario("multiRegion"))
            .isEqualTo("{\"fixedWindow\":[true,true,true,false,false],\"slidingWindow\":[true,true,true,false,false]}");
    }

    @Test
    void cachedFixedWindowKeepsTheServerInStep() {
        assertThat(scenario("cachedFixedWindow")).isEqualTo("[[true,2],[true,1],[true,0],[false,-1],[false,-2]]");
    }

    @Test
    void weightedRequestsAndBlockUntilReady() {
        assertThat(scenario("rateAndBlockUntilReady")).isEqualTo("[[true,1],[false,0],[true,2]]");
    }

    @Test
    void evalEvalshaScriptLoadAndErrors() {
        assertThat(scenario("evalAndEvalsha"))
            .isEqualTo("{\"evalResult\":[\"k\",\"v\",3,2],\"shaLength\":40," + "\"evalsha\":[2,5],\"exists\":[1,0],"
                    + "\"noscript\":\"Command failed: NOSCRIPT No matching script. Please use EVAL.\","
                    + "\"scriptError\":\"Command failed: ERR value is not an integer or out of range script: "
                    + "2bab3b661081db58bd2341920e0ba7cf5dc77b25, on @user_script:1.\",\"readOnly\":5}");
    }

    @Test
    void functionsApi() {
        assertThat(scenario("functions")).isEqualTo("{\"loaded\":\"upstashlib\",\"call\":5,\"callRo\":5,"
                + "\"replaceError\":\"Command failed: ERR Library 'upstashlib' already exists\","
                + "\"replaced\":\"upstashlib\",\"deleted\":\"OK\",\"flushed\":\"OK\","
                + "\"stats\":{\"engines\":{\"LUA\":{\"librariesCount\":1,\"functionsCount\":2}}},"
                + "\"list\":[{\"name\":\"upstashlib\",\"engine\":\"LUA\",\"codeMatches\":true,"
                + "\"functions\":[[\"ufget\",\"reads\",[\"no-writes\"]],[\"ufincr\",null,[]]]}]}");
    }

    @Test
    void createScriptLoadsOnFirstUse() {
        assertThat(scenario("createScript")).isEqualTo("{\"first\":[\"hello\",2],\"second\":[\"again\",0],"
                + "\"loaded\":[1],\"json\":{\"n\":7,\"list\":[1,2]}}");
    }

    private static String scenario(String name) {
        assertThat(scenarios).as("scenarios the Node script reported").containsKey(name);
        return scenarios.get(name);
    }

    private static void requireNode() {
        for (String tool : List.of("node", "npm")) {
            if (findOnPath(tool) == null) {
                String reason = tool + " is not on the PATH; the @upstash/ratelimit tests need Node.js 18+";
                if (Boolean.parseBoolean(System.getenv("UNIKV_REQUIRE_REDIS"))) {
                    throw new IllegalStateException(reason + "; failing because UNIKV_REQUIRE_REDIS=true");
                }
                Assumptions.abort(reason);
            }
        }
    }

    private static void install() throws Exception {
        if (Files.isRegularFile(INSTALL.resolve("node_modules/@upstash/ratelimit/package.json"))
                && Files.isRegularFile(INSTALL.resolve("node_modules/@upstash/redis/package.json"))) {
            return;
        }
        Files.createDirectories(INSTALL);
        List<String> command = new java.util.ArrayList<>(List.of(String.valueOf(findOnPath("npm")), "install",
                "--no-save", "--no-audit", "--no-fund", "--prefix", INSTALL.toString()));
        command.addAll(PACKAGES);
        Process npm = new ProcessBuilder(command).directory(INSTALL.toFile())
            .redirectErrorStream(true)
            .redirectOutput(INSTALL.resolve("npm-install.log").toFile())
            .start();
        String log = awaitExit(npm, INSTALL_SECONDS, INSTALL.resolve("npm-install.log"));
        if (npm.exitValue() != 0) {
            throw new IllegalStateException("npm install " + PACKAGES + " failed:\n" + log);
        }
    }

    private static Map<String, String> run() throws Exception {
        Path script = INSTALL.resolve("upstash-scripting.cjs");
        try (InputStream in = UpstashScriptingIntegrationTests.class.getResourceAsStream("upstash-scripting.cjs")) {
            Files.copy(in, script, StandardCopyOption.REPLACE_EXISTING);
        }
        Path output = INSTALL.resolve("upstash-scripting.log");
        ProcessBuilder builder = new ProcessBuilder(String.valueOf(findOnPath("node")), script.toString())
            .directory(INSTALL.toFile())
            .redirectErrorStream(true)
            .redirectOutput(output.toFile());
        builder.environment().put("UNIKV_URL", server.restUrl());
        builder.environment().put("UNIKV_TOKEN", "t");
        builder.environment().put("UPSTASH_DISABLE_TELEMETRY", "1");
        Process node = builder.start();
        String log = awaitExit(node, RUN_SECONDS, output);
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
            throw new IllegalStateException(process.info().command().orElse("process") + " did not finish within "
                    + seconds + " s:\n" + read(output));
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
