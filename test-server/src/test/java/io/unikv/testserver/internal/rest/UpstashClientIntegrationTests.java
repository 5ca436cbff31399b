package io.unikv.testserver.internal.rest;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.Map;

import io.unikv.test.node.NodeScenarios;
import io.unikv.testserver.UnikvTestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Drives the REST endpoint with the official {@code @upstash/redis} Node client,
 * installed from npm into {@code target/} on first use. The script
 * ({@code upstash-client.cjs}) runs every scenario once and prints what it observed; each
 * test asserts one scenario. Skipped when {@code node} or {@code npm} is missing, unless
 * {@code UNIKV_REQUIRE_REDIS=true} (CI), where that fails.
 *
 * @author unikv authors
 */
@Timeout(300)
class UpstashClientIntegrationTests {

    private static UnikvTestServer server;

    private static Map<String, String> scenarios;

    @BeforeAll
    static void runClient() throws Exception {
        NodeScenarios node = NodeScenarios.install("upstash-redis-1.39.0", "@upstash/redis@1.39.0");
        server = UnikvTestServer.builder()
            .token("t")
            .readOnlyToken("ro")
            .regions("us-east-1", "eu-west-1:60s")
            .syncTokenWait(Duration.ofMillis(300))
            .start();
        scenarios = node.run(UpstashClientIntegrationTests.class, "upstash-client.cjs",
                Map.of("UNIKV_URL", server.restUrl(), "UNIKV_TOKEN", "t", "UNIKV_REPLICA_URL",
                        server.region("eu-west-1").restUrl(), "UNIKV_RO_TOKEN", "ro"));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void defaultClientAutoPipelinesThroughThePipelineEndpoint() {
        // set, get and three concurrent incrs: three pipelines, the incrs batched
        // together
        assertThat(scenario("autoPipelining"))
            .isEqualTo("{\"set\":\"OK\",\"get\":\"v\",\"incrs\":[1,2,3],\"pipelines\":3}");
    }

    @Test
    void clientWithoutAutoPipelining() {
        assertThat(scenario("noAutoPipelining")).isEqualTo("{\"set\":\"OK\",\"get\":\"v\",\"incr\":1}");
    }

    @Test
    void base64AndPlainResponsesDecodeToTheSameValues() {
        assertThat(scenario("responseEncoding")).isEqualTo("{\"base64\":[\"abcd\",\"héllo ✓\",\"PONG\"],"
                + "\"plain\":[\"abcd\",\"héllo ✓\",\"PONG\"],\"echo\":\"OK\",\"mget\":[\"abcd\",null,\"héllo ✓\"]}");
    }

    @Test
    void explicitPipeline() {
        assertThat(scenario("pipeline")).isEqualTo("[\"OK\",\"v\",1,1.5,1]");
    }

    @Test
    void multiRunsAsATransaction() {
        assertThat(scenario("multi")).isEqualTo("[\"OK\",2,2,1]");
    }

    @Test
    void pipelineErrorsAreKeptOrThrown() {
        assertThat(scenario("keepErrors"))
            .isEqualTo("{\"kept\":[{\"error\":\"ERR value is not an integer or out of range\"},"
                    + "{\"result\":\"not a number\"}],"
                    + "\"thrown\":\"Command 2 [ incr ] failed: ERR value is not an integer or out of range\"}");
    }

    @Test
    void jsonObjectsRoundTrip() {
        assertThat(scenario("jsonObject"))
            .isEqualTo("{\"set\":\"OK\",\"get\":{\"name\":\"unikv\",\"tags\":[\"a\",\"b\"],"
                    + "\"nested\":{\"n\":1.5,\"ok\":true}},\"ttl\":100}");
    }

    @Test
    void counters() {
        assertThat(scenario("incr")).isEqualTo("{\"incr\":1,\"incrby\":42,\"decr\":41,\"incrbyfloat\":0.5}");
    }

    @Test
    void hashesComeBackAsObjects() throws Exception {
        assumeCommand("hset");
        assertThat(scenario("hashes"))
            .isEqualTo("{\"hset\":3,\"hgetall\":{\"a\":1,\"b\":\"text\",\"c\":{\"x\":1}},\"hget\":\"text\"}");
    }

    @Test
    void sortedSetScoresComeBackAsNumbers() throws Exception {
        assumeCommand("zadd");
        assertThat(scenario("sortedSets")).isEqualTo("{\"zadd\":2,\"zrange\":[\"one\",1,\"two\",2.5],\"zscore\":2.5}");
    }

    @Test
    void bitmaps() {
        assertThat(scenario("bitmaps")).isEqualTo("{\"setbit\":[0,1,0],\"getbit\":[1,0],\"bitcount\":[26,6],"
                + "\"bitpos\":[9,8],\"bitop\":[6,2],\"or\":\"foobar\",\"bitfield\":[0,156,0,3,-112]}");
    }

    @Test
    void hyperLogLogCountsMatchRedis() {
        // 1008 and 1011 are what redis-server 7.0 answers for the same elements
        assertThat(scenario("hyperLogLog")).isEqualTo("{\"pfadd\":[1,0,1],\"counts\":[1008,3,1011],\"pfmerge\":\"OK\","
                + "\"merged\":1011,\"wrongType\":\"Command failed: WRONGTYPE Key is not a valid HyperLogLog string value.\"}");
    }

    @Test
    void geoCommands() {
        assertThat(scenario("geo"))
            .isEqualTo("{\"geoadd\":[2,1]," + "\"geopos\":[{\"lng\":15.087267458438873,\"lat\":37.50266842333162}],"
                    + "\"geodist\":[154506.7508,154.5068,null],\"geohash\":[\"sqc8epyksf0\",\"sqdtr74hyu0\",null],"
                    + "\"byRadius\":[{\"member\":\"Catania\",\"dist\":56.4413,\"hash\":\"3479447370796909\","
                    + "\"coord\":{\"long\":15.087267458438873,\"lat\":37.50266842333162}},"
                    + "{\"member\":\"Palermo\",\"dist\":180.1772,\"hash\":\"3479100566894653\","
                    + "\"coord\":{\"long\":13.500000536441803,\"lat\":38.10000081174143}}],"
                    + "\"byBox\":[{\"member\":\"Catania\"}],\"store\":2,\"stored\":[\"Catania\",\"Palermo\"]}");
    }

    @Test
    void bitmapHyperLogLogAndGeoCommandsInPipelinesAndTransactions() {
        assertThat(scenario("bitsPipeline"))
            .isEqualTo("{\"pipeline\":[0,1,3,1,3,2,343.6268,[\"u09tvw0f640\"]],\"multi\":[1,\"OK\",1,"
                    + "[{\"member\":\"Paris\",\"dist\":0},{\"member\":\"London\",\"dist\":343.6268}]]}");
    }

    @Test
    void bitmapAndGeoErrorsReachTheClient() {
        // BITFIELD's FAIL overflow is a null; GEOSEARCH on a missing key is empty
        assertThat(scenario("bitsErrors")).isEqualTo("{\"failed\":[null,0],\"errors\":{"
                + "\"geoadd\":\"Command failed: ERR invalid longitude,latitude pair 200.000000,100.000000\","
                + "\"geosearch\":[],\"bitop\":\"Command failed: ERR BITOP NOT must be called with a single source key.\","
                + "\"missingMember\":\"ERR could not decode requested zset member, command was: [\\\"GEOSEARCH\\\","
                + "\\\"be:g2\\\",\\\"FROMMEMBER\\\",\\\"nobody\\\",\\\"BYRADIUS\\\",1,\\\"KM\\\","
                + "\\\"ASC\\\"]\"}}");
    }

    @Test
    void redisJsonCommandsThroughTheJsonApi() throws Exception {
        assumeCommand("json.set");
        assertThat(scenario("redisJson")).isEqualTo("{\"set\":\"OK\",\"setNx\":null,\"setMember\":\"OK\","
                + "\"get\":{\"name\":\"unikv\",\"n\":1,\"tags\":[\"a\"],\"nested\":{\"ok\":true,\"s\":\"x\"},"
                + "\"added\":2.5},\"getPaths\":{\"$.name\":[\"unikv\"],\"$.n\":[1]},"
                + "\"getIndent\":[{\"ok\":true,\"s\":\"x\"}],\"type\":[\"array\"],\"numincrby\":[3],"
                + "\"nummultby\":[5],\"strappend\":[3],\"strlen\":[3],\"toggle\":[0],\"arrappend\":[3],"
                + "\"arrinsert\":[4],\"arrindex\":[2],\"arrlen\":[4],\"arrpop\":[\"z\"],\"arrtrim\":[2],"
                + "\"objkeys\":[[\"ok\",\"s\"]],\"objlen\":[5],\"merge\":\"OK\",\"mset\":\"OK\","
                + "\"mget\":[[1],[2],null],\"resp\":[1],\"clear\":1,\"del\":1,\"forget\":1,"
                + "\"final\":{\"name\":\"unikv\",\"n\":3,\"tags\":[\"a\",\"b\"],\"nested\":{\"ok\":false,"
                + "\"s\":\"xyz\"}},\"error\":\"Command failed: ERR new objects must be created at the root\","
                + "\"readOnly\":\"Command failed: NOPERM this user has no permissions to run the 'json.set' command "
                + "or its subcommand\",\"pipeline\":[\"OK\",[3],[1,2,3]]}");
    }

    @Test
    void streamsAndConsumerGroups() throws Exception {
        assumeCommand("xadd");
        // xrange and xrevrange come back as objects keyed by ID; blocking reads are
        // refused
        assertThat(scenario("streams")).isEqualTo("{\"added\":[\"1-1\",\"1-2\",\"2-0\",\"3-0\",null],"
                + "\"range\":{\"1-1\":{\"a\":1,\"b\":\"text\"},\"1-2\":{\"a\":2},\"2-0\":{\"a\":3},\"3-0\":{\"a\":4}},"
                + "\"revrange\":{\"3-0\":{\"a\":4},\"2-0\":{\"a\":3}},\"len\":4,\"group\":\"OK\","
                + "\"readgroup\":[[\"st:s\",[[\"1-1\",[\"a\",1,\"b\",\"text\"]],[\"1-2\",[\"a\",2]]]]],"
                + "\"read\":[[\"st:s\",[[\"3-0\",[\"a\",4]]]]],\"pending\":[[\"1-1\",\"alice\",1],[\"1-2\",\"alice\",1]],"
                + "\"claim\":[\"1-1\"],\"autoclaim\":[\"1-2\",[[\"1-1\",[\"a\",1,\"b\",\"text\"]]],[]],\"ack\":2,"
                + "\"del\":1,\"trim\":2,\"groups\":[[\"name\",\"g\",\"consumers\",3,\"pending\",0,"
                + "\"last-delivered-id\",\"1-2\",\"entries-read\",2,\"lag\",null]],"
                + "\"blockError\":\"Command failed: ERR Command is not available: 'xread'\"}");
    }

    @Test
    void readOnlyTokenRefusesWrites() {
        assertThat(scenario("readOnly")).isEqualTo("{\"get\":\"v\",\"setError\":\"Command failed: NOPERM this user has "
                + "no permissions to run the 'set' command or its subcommand\"}");
    }

    @Test
    void syncTokenRotatesWithWritesAndForeignTokensAreAccepted() {
        assertThat(scenario("syncToken")).isEqualTo("{\"firstIsNumber\":true,\"unchangedByRead\":true,"
                + "\"grewWithSet\":true,\"grewWithPipeline\":true,\"setWithForeignToken\":\"OK\","
                + "\"replacedForeignToken\":true}");
    }

    @Test
    void replicaRegionForwardsWritesAndHonoursTheClientsSyncToken() {
        // eventual: the replica is 60 s behind; read-your-writes and a handed-on token:
        // the replica waits, then the primary answers
        assertThat(scenario("replicaRegion"))
            .isEqualTo("{\"set\":\"OK\",\"readYourWrites\":\"v\",\"eventual\":null,\"withHandedToken\":\"v\"}");
    }

    private static String scenario(String name) {
        assertThat(scenarios).as("scenarios the Node script reported").containsKey(name);
        return scenarios.get(name);
    }

    /** Skip a scenario whose command family the server does not implement yet. */
    private static void assumeCommand(String command) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.restUrl() + "/command/info/" + command))
            .header("Authorization", "Bearer t")
            .build();
        String body = HttpClient.newHttpClient().send(request, BodyHandlers.ofString()).body();
        Assumptions.assumeFalse(body.equals("{\"result\":[null]}"), () -> command + " is not implemented yet");
    }

}
