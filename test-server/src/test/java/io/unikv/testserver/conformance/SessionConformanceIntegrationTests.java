package io.unikv.testserver.conformance;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * Differential conformance for what one connection cannot show: pub/sub messages, RESP2
 * subscriber mode, RESP3 push frames, MONITOR lines and tracking invalidations. Every
 * script in {@code src/test/resources/conformance-sessions} runs against a real
 * {@code redis-server} and the test server. After each step every open connection is
 * synchronised with a {@code PING <token>}: everything it received before the answer
 * (replies and pushes, in order) is that step's transcript for it, and transcripts must
 * be byte-identical, once MONITOR timestamps, client addresses and the ids in HELLO
 * replies are masked.
 *
 * @author unikv authors
 */
@RealRedis
class SessionConformanceIntegrationTests {

    private static UnikvTestServer server;

    @BeforeAll
    static void startServer() {
        server = UnikvTestServer.builder().withoutHttp().start();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @TestFactory
    Stream<DynamicTest> scripts(RedisNode redis) throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (String name : scriptNames()) {
            SessionScript script = SessionScript.load(name);
            tests.add(DynamicTest.dynamicTest(name, () -> run(script, redis)));
        }
        return tests.stream();
    }

    private static void run(SessionScript script, RedisNode redis) throws IOException {
        Session expected = new Session(redis.host(), redis.port());
        Session actual = new Session(server.host(), server.port());
        try (expected; actual) {
            List<String> mismatches = new ArrayList<>();
            for (SessionScript.Step step : script.steps()) {
                String want = expected.run(step);
                String got = actual.run(step);
                if (step.compare() && !want.equals(got)) {
                    mismatches.add(script.name() + ":" + step.line() + " " + step.text() + "\n    redis: "
                            + escape(want) + "\n    unikv: " + escape(got));
                }
            }
            assertThat(mismatches).as("transcripts that differ from redis-server").isEmpty();
        }
    }

    private static List<String> scriptNames() throws IOException {
        try (InputStream index = SessionConformanceIntegrationTests.class
            .getResourceAsStream("/conformance-sessions/")) {
            if (index == null) {
                return List.of();
            }
            String listing = new String(index.readAllBytes(), StandardCharsets.UTF_8);
            return listing.lines().filter((name) -> name.endsWith(".session")).sorted().toList();
        }
    }

    private static String escape(String text) {
        return text.replace("\r\n", "\\r\\n");
    }

    /**
     * The named connections of one script to one server.
     */
    private static final class Session implements AutoCloseable {

        private final String host;

        private final int port;

        private final Map<String, RespProbe> connections = new LinkedHashMap<>();

        private final Map<String, String> ids = new LinkedHashMap<>();

        private int syncs;

        Session(String host, int port) throws IOException {
            this.host = host;
            this.port = port;
            try (RespProbe admin = new RespProbe(host, port)) {
                admin.call("FLUSHALL");
            }
        }

        String run(SessionScript.Step step) throws IOException {
            switch (step.kind()) {
                case CONNECT -> {
                    RespProbe probe = new RespProbe(this.host, this.port);
                    String id = probe.call("CLIENT", "ID").text();
                    this.ids.put(step.connection(), id.substring(1, id.length() - 2));
                    if (step.protocol() == 3) {
                        probe.call("HELLO", "3");
                    }
                    this.connections.put(step.connection(), probe);
                    return "";
                }
                case CLOSE -> {
                    this.connections.remove(step.connection()).close();
                    return sync(null);
                }
                default -> {
                    RespProbe probe = this.connections.get(step.connection());
                    if (probe == null) {
                        throw new IllegalStateException("No connection " + step.connection());
                    }
                    probe.send(substitute(step.args()));
                    if (step.single()) {
                        return step.connection() + ": " + probe.read().text() + "\n";
                    }
                    if (new String(step.args()[0], StandardCharsets.UTF_8).equalsIgnoreCase("QUIT")) {
                        String reply = step.connection() + ": " + probe.read().text() + "\n";
                        this.connections.remove(step.connection()).close();
                        return reply + sync(null);
                    }
                    return sync(step.connection());
                }
            }
        }

        private byte[][] substitute(byte[][] args) {
            byte[][] result = args.clone();
            for (int i = 0; i < result.length; i++) {
                String text = new String(result[i], StandardCharsets.UTF_8);
                if (text.startsWith("$id:")) {
                    result[i] = this.ids.get(text.substring(4)).getBytes(StandardCharsets.UTF_8);
                }
            }
            return result;
        }

        private String sync(String first) throws IOException {
            StringBuilder transcript = new StringBuilder();
            // the connection that sent the command first, so the others' PINGs follow it
            List<Map.Entry<String, RespProbe>> order = new ArrayList<>(this.connections.entrySet());
            order.sort((a, b) -> Boolean.compare(!a.getKey().equals(first), !b.getKey().equals(first)));
            for (Map.Entry<String, RespProbe> entry : order) {
                String token = "sync-" + (++this.syncs);
                RespProbe probe = entry.getValue();
                probe.send(new byte[][] { "PING".getBytes(StandardCharsets.US_ASCII),
                        token.getBytes(StandardCharsets.US_ASCII) });
                StringBuilder received = new StringBuilder();
                while (true) {
                    RespProbe.Frame frame;
                    try {
                        frame = probe.read();
                    }
                    catch (IOException ex) {
                        throw new IOException("Connection " + entry.getKey() + " after " + received, ex);
                    }
                    String text = frame.text();
                    if (text.endsWith("$" + token.length() + "\r\n" + token + "\r\n")
                            && (text.startsWith("$") || text.startsWith("*2\r\n$4\r\npong\r\n"))) {
                        break;
                    }
                    received.append(mask(text));
                }
                if (!received.isEmpty()) {
                    transcript.append(entry.getKey()).append(": ").append(received).append('\n');
                }
            }
            return transcript.toString();
        }

        private String mask(String text) {
            if (text.contains("redir")) {
                // tracking-redir-broken pushes and TRACKINGINFO name a client by id
                for (Map.Entry<String, String> id : this.ids.entrySet()) {
                    text = text.replace(":" + id.getValue() + "\r\n", ":<id:" + id.getKey() + ">\r\n");
                }
            }
            return text.replaceAll("^\\+\\d+\\.\\d{6} \\[(\\d+) [^\\]]+\\]", "+<time> [$1 <address>]")
                .replace("$2\r\nid\r\n:", "$2\r\nid\r\n:<id>")
                .replaceAll(":<id>\\d+\r\n", ":<id>\r\n");
        }

        @Override
        public void close() throws IOException {
            for (RespProbe probe : this.connections.values()) {
                probe.close();
            }
        }

    }

}
