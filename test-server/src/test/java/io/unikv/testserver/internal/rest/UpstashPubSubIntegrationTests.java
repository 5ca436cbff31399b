package io.unikv.testserver.internal.rest;

import java.util.Map;

import io.unikv.test.node.NodeScenarios;
import io.unikv.testserver.UnikvTestServer;
import org.junit.jupiter.api.AfterAll;
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

    private static UnikvTestServer server;

    private static Map<String, String> scenarios;

    @BeforeAll
    static void runClient() throws Exception {
        NodeScenarios node = NodeScenarios.install("upstash-redis-1.39.0", "@upstash/redis@1.39.0");
        server = UnikvTestServer.builder().token("t").start();
        scenarios = node.run(UpstashPubSubIntegrationTests.class, "upstash-pubsub.cjs",
                Map.of("UNIKV_URL", server.restUrl(), "UNIKV_TOKEN", "t"));
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

}
