package io.unikv.testserver;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisCommandExecutionException;
import io.lettuce.core.RedisConnectionException;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.TransactionResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Regions of the test server: a primary whose replication log feeds read replicas after
 * their lag on the engine clock (a {@link MutableClock} here, so nothing sleeps), replica
 * RESP endpoints that refuse writes and report offsets like Redis replicas, replica REST
 * endpoints that forward writes and honour sync tokens, partitions and per-region faults.
 *
 * @author unikv authors
 */
class RegionsIntegrationTests {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));

    private final HttpClient http = HttpClient.newHttpClient();

    private UnikvTestServer server;

    private RedisClient client;

    @BeforeEach
    void start() {
        this.server = UnikvTestServer.builder()
            .token("t")
            .clock(this.clock)
            .regions("us-east-1", "eu-west-1:150ms", "ap-southeast-1:300ms~100ms")
            .syncTokenWait(Duration.ofMillis(200))
            .start();
        this.client = RedisClient.create();
    }

    @AfterEach
    void stop() {
        this.client.shutdown();
        this.server.close();
    }

    @Test
    void eachRegionHasItsEndpointsAndReadyLine() {
        List<String> lines = this.server.readyLines();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).startsWith("READY region=us-east-1 role=primary resp=127.0.0.1:");
        assertThat(lines.get(1)).startsWith("READY region=eu-west-1 role=replica resp=127.0.0.1:")
            .contains(" http=http://");
        assertThat(lines.get(2)).startsWith("READY region=ap-southeast-1 role=replica");
        assertThat(this.server.regions()).extracting(TestServerRegion::port).doesNotHaveDuplicates();
        assertThat(this.server.region("eu-west-1").lag()).isEqualTo(Duration.ofMillis(150));
        assertThat(this.server.primary().isPrimary()).isTrue();
        assertThatIllegalArgumentException().isThrownBy(() -> this.server.region("mars-1"))
            .withMessage("Unknown region 'mars-1'; the regions are [us-east-1, eu-west-1, ap-southeast-1]");
    }

    @Test
    void replicasApplyWritesOnceTheirLagHasPassed() {
        RedisCommands<String, String> primary = redis(this.server.primary());
        RedisCommands<String, String> eu = redis(this.server.region("eu-west-1"));
        RedisCommands<String, String> ap = redis(this.server.region("ap-southeast-1"));
        primary.set("k", "v1");
        assertThat(eu.get("k")).isNull();
        this.server.advanceClock(Duration.ofMillis(149));
        assertThat(eu.get("k")).isNull();
        this.server.advanceClock(Duration.ofMillis(1));
        assertThat(eu.get("k")).isEqualTo("v1");
        assertThat(ap.get("k")).isNull();
        this.server.advanceClock(Duration.ofMillis(250));
        assertThat(ap.get("k")).isEqualTo("v1");
        assertThat(this.server.region("ap-southeast-1").offset()).isEqualTo(this.server.writeOffset());
    }

    @Test
    void transactionsExpiriesAndDeletionsReplicateAsEffects() {
        RedisCommands<String, String> primary = redis(this.server.primary());
        RedisCommands<String, String> eu = redis(this.server.region("eu-west-1"));
        primary.rpush("list", "a", "b", "c");
        primary.set("session", "s");
        primary.expire("session", 60);
        primary.sadd("gone", "x");
        this.server.advanceClock(Duration.ofMillis(150));
        assertThat(eu.lrange("list", 0, -1)).containsExactly("a", "b", "c");
        assertThat(eu.pttl("session")).isBetween(59_000L, 60_000L);
        primary.multi();
        primary.lpop("list");
        primary.del("gone");
        primary.incr("counter");
        TransactionResult result = primary.exec();
        assertThat(result.wasDiscarded()).isFalse();
        assertThat(eu.exists("gone")).isOne();
        this.server.advanceClock(Duration.ofMillis(150));
        assertThat(eu.lrange("list", 0, -1)).containsExactly("b", "c");
        assertThat(eu.exists("gone")).isZero();
        assertThat(eu.get("counter")).isEqualTo("1");
        this.server.advanceClock(Duration.ofSeconds(60));
        assertThat(eu.exists("session")).isZero();
        assertThat(eu.dbsize()).isEqualTo(primary.dbsize());
    }

    @Test
    void jitteredEntriesStillApplyInOrder() {
        RedisCommands<String, String> primary = redis(this.server.primary());
        RedisCommands<String, String> ap = redis(this.server.region("ap-southeast-1"));
        long previous = 0;
        for (int i = 0; i < 50; i++) {
            primary.incr("counter");
            this.server.advanceClock(Duration.ofMillis(10));
            String seen = ap.get("counter");
            long value = (seen != null) ? Long.parseLong(seen) : 0;
            assertThat(value).isGreaterThanOrEqualTo(previous);
            previous = value;
        }
        this.server.advanceClock(Duration.ofMillis(400));
        assertThat(ap.get("counter")).isEqualTo("50");
    }

    @Test
    void replicasRefuseWritesOverRespAndReportTheirRole() {
        TestServerRegion euRegion = this.server.region("eu-west-1");
        RedisCommands<String, String> primary = redis(this.server.primary());
        RedisCommands<String, String> eu = redis(euRegion);
        assertThatExceptionOfType(RedisCommandExecutionException.class).isThrownBy(() -> eu.set("k", "v"))
            .withMessage("READONLY You can't write against a read only replica.");
        primary.set("k", "v");
        List<Object> primaryRole = primary.role();
        assertThat(primaryRole.get(0)).isEqualTo("master");
        assertThat(primaryRole.get(1)).isEqualTo(this.server.writeOffset());
        assertThat((List<?>) primaryRole.get(2)).hasSize(2);
        assertThat(eu.role()).containsExactly("slave", "127.0.0.1", (long) this.server.port(), "connected", 0L);
        this.server.advanceClock(Duration.ofMillis(150));
        assertThat(eu.role().get(4)).isEqualTo(this.server.writeOffset());
        assertThat(primary.waitForReplication(2, 0)).isOne();
        this.server.advanceClock(Duration.ofMillis(400));
        assertThat(primary.waitForReplication(2, 0)).isEqualTo(2);
        assertThat(eu.info("replication")).contains("role:slave", "master_port:" + this.server.port(),
                "master_link_status:up", "slave_repl_offset:" + this.server.writeOffset());
        assertThat(primary.info("replication")).contains("role:master", "connected_slaves:2",
                "slave0:ip=127.0.0.1,port=" + euRegion.port() + ",state=online,offset=" + this.server.writeOffset());
    }

    @Test
    void partitionedReplicasFallBehindUntilTheLinkHeals() {
        TestServerRegion euRegion = this.server.region("eu-west-1");
        RedisCommands<String, String> primary = redis(this.server.primary());
        RedisCommands<String, String> eu = redis(euRegion);
        euRegion.partition(true);
        primary.set("k", "v");
        this.server.advanceClock(Duration.ofSeconds(5));
        assertThat(eu.get("k")).isNull();
        assertThat(eu.info("replication")).contains("master_link_status:down");
        assertThat(eu.role().get(3)).isEqualTo("connect");
        euRegion.partition(false);
        assertThat(eu.get("k")).isEqualTo("v");
        assertThatExceptionOfType(IllegalStateException.class).isThrownBy(() -> this.server.primary().partition(true));
    }

    @Test
    void restWritesOnAReplicaGoToThePrimary() throws Exception {
        TestServerRegion eu = this.server.region("eu-west-1");
        HttpResponse<String> write = rest(eu, "[\"SET\",\"k\",\"v\"]", null);
        assertThat(write.body()).isEqualTo("{\"result\":\"OK\"}");
        String token = write.headers().firstValue("upstash-sync-token").orElseThrow();
        assertThat(Long.parseLong(token)).isEqualTo(this.server.writeOffset()).isPositive();
        assertThat(redis(this.server.primary()).get("k")).isEqualTo("v");
        assertThat(rest(eu, "[\"GET\",\"k\"]", null).body()).isEqualTo("{\"result\":null}");
        assertThat(rest(eu, "[\"GET\",\"k\"]", "").body()).isEqualTo("{\"result\":null}");
        assertThat(rest(eu, "[\"GET\",\"k\"]", "my-new-sync-token").body()).isEqualTo("{\"result\":null}");
    }

    @Test
    void restReadsWithASyncTokenSeeTheWrite() throws Exception {
        TestServerRegion eu = this.server.region("eu-west-1");
        String token = rest(eu, "[\"SET\",\"k\",\"v\"]", null).headers().firstValue("upstash-sync-token").orElseThrow();
        // the replica cannot catch up (the clock stands still): after the wait the
        // primary serves the read
        HttpResponse<String> read = rest(eu, "[\"GET\",\"k\"]", token);
        assertThat(read.body()).isEqualTo("{\"result\":\"v\"}");
        assertThat(Long.parseLong(read.headers().firstValue("upstash-sync-token").orElseThrow()))
            .isGreaterThanOrEqualTo(Long.parseLong(token));
        assertThat(redis(eu).get("k")).isNull();
    }

    @Test
    void restReadsWaitForTheReplicaToCatchUp() throws Exception {
        try (UnikvTestServer patient = UnikvTestServer.builder()
            .clock(this.clock)
            .regions("us-east-1", "eu-west-1:150ms")
            .syncTokenWait(Duration.ofSeconds(60))
            .start()) {
            TestServerRegion eu = patient.region("eu-west-1");
            String token = rest(eu, "[\"SET\",\"k\",\"v\"]", null).headers()
                .firstValue("upstash-sync-token")
                .orElseThrow();
            CompletableFuture<HttpResponse<String>> read = this.http.sendAsync(request(eu, "[\"GET\",\"k\"]", token),
                    HttpResponse.BodyHandlers.ofString());
            patient.advanceClock(Duration.ofMillis(150));
            // served by the replica once it applied the write, long before the 60 s wait
            assertThat(read.get(10, java.util.concurrent.TimeUnit.SECONDS).body()).isEqualTo("{\"result\":\"v\"}");
            assertThat(redis(eu).get("k")).isEqualTo("v");
        }
    }

    @Test
    void faultsAndOutagesArePerRegion() {
        TestServerRegion euRegion = this.server.region("eu-west-1");
        RedisCommands<String, String> ap = redis(this.server.region("ap-southeast-1"));
        RedisCommands<String, String> eu = redis(euRegion);
        euRegion.faults().failNext(1, "ERR injected in eu");
        assertThatExceptionOfType(RedisCommandExecutionException.class).isThrownBy(() -> eu.get("k"))
            .withMessage("ERR injected in eu");
        assertThat(ap.get("k")).isNull();
        euRegion.faults().down(true);
        assertThatExceptionOfType(RedisConnectionException.class).isThrownBy(() -> this.client.connect(uri(euRegion)));
        assertThat(ap.get("k")).isNull();
        this.server.reset();
        assertThat(redis(euRegion).get("k")).isNull();
    }

    @Test
    void resetEmptiesEveryRegionAndDropsReplicationInFlight() {
        redis(this.server.primary()).set("k", "v");
        this.server.region("eu-west-1").partition(true);
        this.server.reset();
        this.server.advanceClock(Duration.ofSeconds(1));
        for (TestServerRegion region : this.server.regions()) {
            assertThat(redis(region).dbsize()).isZero();
            assertThat(region.offset()).isEqualTo(this.server.writeOffset());
        }
        assertThat(redis(this.server.region("eu-west-1")).info("replication")).contains("master_link_status:up");
    }

    @Test
    void regionConfigurationIsChecked() {
        assertThatIllegalArgumentException().isThrownBy(() -> UnikvTestServer.builder().regions("eu west"))
            .withMessageStartingWith("Invalid region name 'eu west'");
        assertThatIllegalArgumentException().isThrownBy(() -> UnikvTestServer.builder().regions("a:10parsecs"))
            .withMessageContaining("expected name[:lag[~jitter]]");
        assertThatIllegalArgumentException().isThrownBy(() -> UnikvTestServer.builder().regions("a", "a:5ms"))
            .withMessage("Region a is configured twice");
    }

    @Test
    void publishedMessagesReachReplicaSubscribersAfterTheLag() throws Exception {
        StatefulRedisPubSubConnection<String, String> subscriber = this.client
            .connectPubSub(uri(this.server.region("eu-west-1")));
        BlockingQueue<String> received = new LinkedBlockingQueue<>();
        subscriber.addListener(new RedisPubSubAdapter<>() {

            @Override
            public void message(String channel, String message) {
                received.add(channel + "=" + message);
            }

        });
        subscriber.sync().subscribe("news");
        RedisCommands<String, String> primary = redis(this.server.primary());
        long offset = this.server.writeOffset();
        // as in Redis, PUBLISH counts the primary's own subscribers and goes down the
        // replication stream
        assertThat(primary.publish("news", "hello")).isZero();
        assertThat(this.server.writeOffset()).isEqualTo(offset + 1);
        assertThat(received.poll(100, TimeUnit.MILLISECONDS)).isNull();
        this.server.advanceClock(Duration.ofMillis(150));
        assertThat(received.poll(10, TimeUnit.SECONDS)).isEqualTo("news=hello");
        assertThat(this.server.region("eu-west-1").offset()).isEqualTo(this.server.writeOffset());
        subscriber.close();
    }

    private RedisCommands<String, String> redis(TestServerRegion region) {
        return this.client.connect(uri(region)).sync();
    }

    private static RedisURI uri(TestServerRegion region) {
        return RedisURI.builder().withHost("127.0.0.1").withPort(region.port()).withPassword("t".toCharArray()).build();
    }

    private HttpResponse<String> rest(TestServerRegion region, String body, String token)
            throws IOException, InterruptedException {
        return this.http.send(request(region, body, token), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest request(TestServerRegion region, String body, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(region.restUrl()))
            .header("Authorization", "Bearer t")
            .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("upstash-sync-token", token);
        }
        return request.build();
    }

}
