package io.unikv.testserver.internal.scripting;

import java.util.Map;

import io.unikv.test.node.NodeScenarios;
import io.unikv.testserver.UnikvTestServer;
import org.junit.jupiter.api.AfterAll;
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

    private static UnikvTestServer server;

    private static Map<String, String> scenarios;

    @BeforeAll
    static void runClient() throws Exception {
        NodeScenarios node = NodeScenarios.install("upstash-ratelimit-2.2.0", "@upstash/ratelimit@2.2.0",
                "@upstash/redis@1.39.0");
        server = UnikvTestServer.builder().token("t").start();
        scenarios = node.run(UpstashScriptingIntegrationTests.class, "upstash-scripting.cjs",
                Map.of("UNIKV_URL", server.restUrl(), "UNIKV_TOKEN", "t"));
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

}
