package io.unikv.testserver.conformance;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import io.unikv.test.redis.RealRedis;
import io.unikv.test.redis.RedisNode;
import io.unikv.testserver.UnikvTestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Differential conformance: every script in {@code src/test/resources/conformance} runs
 * against a real {@code redis-server} and the test server, over RESP2 and over RESP3, and
 * every reply must be byte-identical (or equal ignoring element order where the script
 * says {@code ~}). Writes a summary of the commands and cases covered to
 * {@code target/conformance-summary.txt}.
 *
 * @author unikv authors
 */
@RealRedis
class ConformanceIntegrationTests {

    private static UnikvTestServer server;

    private static final Set<String> commands = new TreeSet<>();

    private static int cases;

    @BeforeAll
    static void startServer() {
        server = UnikvTestServer.builder().withoutHttp().start();
    }

    @AfterAll
    static void stopServer() throws IOException {
        server.close();
        Path summary = Path.of("target", "conformance-summary.txt");
        Files.createDirectories(summary.getParent());
        Files.writeString(summary, "distinct commands: " + commands.size() + "\ncases (commands x protocols): " + cases
                + "\ncommands: " + String.join(" ", commands) + "\n");
    }

    @TestFactory
    Stream<DynamicTest> scripts(RedisNode redis) throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (String name : scriptNames()) {
            ConformanceScript script = ConformanceScript.load(name);
            for (int protocol : new int[] { 2, 3 }) {
                tests.add(DynamicTest.dynamicTest(name + " RESP" + protocol, () -> run(script, protocol, redis)));
            }
        }
        return tests.stream();
    }

    private static void run(ConformanceScript script, int protocol, RedisNode redis) throws IOException {
        try (RespProbe expected = new RespProbe(redis.host(), redis.port());
                RespProbe actual = new RespProbe(server.host(), server.port())) {
            for (RespProbe probe : List.of(expected, actual)) {
                probe.call("FLUSHALL");
                if (protocol == 3) {
                    probe.call("HELLO", "3");
                }
            }
            List<String> mismatches = new ArrayList<>();
            for (ConformanceScript.Step step : script.steps()) {
                RespProbe.Frame want = expected.call(step.args());
                RespProbe.Frame got = actual.call(step.args());
                commands.add(step.command());
                cases++;
                if (step.mode() == ConformanceScript.Mode.RUN_ONLY) {
                    continue;
                }
                boolean same = (step.mode() == ConformanceScript.Mode.UNORDERED)
                        ? want.unordered().equals(got.unordered()) : want.text().equals(got.text());
                if (!same) {
                    mismatches.add(script.name() + ":" + step.line() + " " + step.text() + "\n    redis: "
                            + escape(want.text()) + "\n    unikv: " + escape(got.text()));
                }
            }
            assertThat(mismatches).as("replies that differ from redis-server (RESP%d)", protocol).isEmpty();
        }
    }

    private static List<String> scriptNames() throws IOException {
        try (InputStream index = ConformanceIntegrationTests.class.getResourceAsStream("/conformance/")) {
            if (index == null) {
                return List.of();
            }
            String listing = new String(index.readAllBytes(), StandardCharsets.UTF_8);
            return listing.lines().filter((name) -> name.endsWith(".redis")).sorted().toList();
        }
    }

    private static String escape(String text) {
        return text.replace("\r\n", "\\r\\n");
    }

}
