package io.unikv.transport.region;

import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.unikv.RedisStore;
import io.unikv.codec.KvCodec;
import io.unikv.pubsub.Message;
import io.unikv.pubsub.Subscription;
import io.unikv.testserver.TestServerRegion;
import io.unikv.testserver.UnikvTestServer;
import io.unikv.transport.Transport;
import io.unikv.transport.lettuce.LettuceTransport;
import io.unikv.transport.rest.RestTransport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pub/sub through a {@link RegionalTransport} whose local region is a replica:
 * subscriptions and PUBLISH both go to the primary, so a regional store's subscribers
 * hear its own messages and those of clients of the primary, over RESP and over REST.
 *
 * @author unikv authors
 */
@Timeout(60)
class RegionalPubSubIntegrationTests {

    private UnikvTestServer server;

    private RedisClient client;

    private RedisStore regional;

    private RedisStore onPrimary;

    @BeforeEach
    void start() {
        this.server = UnikvTestServer.builder().token("t").regions("us-east-1", "eu-west-1:50ms").start();
        this.client = RedisClient.create();
    }

    @AfterEach
    void stop() {
        this.regional.close();
        this.onPrimary.close();
        this.client.shutdown();
        this.server.close();
    }

    @Test
    void overResp() throws Exception {
        connect(tcp(this.server.primary()), tcp(this.server.region("eu-west-1")), tcp(this.server.primary()));
        publishAndReceive();
    }

    @Test
    void overRest() throws Exception {
        connect(rest(this.server.primary()), rest(this.server.region("eu-west-1")), rest(this.server.primary()));
        publishAndReceive();
    }

    private void publishAndReceive() throws Exception {
        BlockingQueue<Message> received = new LinkedBlockingQueue<>();
        try (Subscription subscription = this.regional.pubSub().subscribe(received::add, "regional")) {
            assertThat(this.onPrimary.pubSub().numsub("regional")).containsEntry("regional", 1L);
            assertThat(this.regional.pubSub().publish("regional", "from the replica region")).isEqualTo(1);
            assertThat(this.onPrimary.pubSub().publish("regional", "from the primary")).isEqualTo(1);
            assertThat(received.poll(10, TimeUnit.SECONDS).text()).isEqualTo("from the replica region");
            assertThat(received.poll(10, TimeUnit.SECONDS).text()).isEqualTo("from the primary");
            assertThat(subscription.isActive()).isTrue();
        }
    }

    private void connect(Transport primary, Transport replica, Transport direct) {
        this.regional = RedisStore.builder()
            .transport(RegionalTransport.builder()
                .primary("us-east-1", primary)
                .readRegion("eu-west-1", replica)
                .localRegion("eu-west-1")
                .build())
            .codec(KvCodec.string())
            .build();
        this.onPrimary = RedisStore.builder().transport(direct).codec(KvCodec.string()).build();
    }

    private Transport tcp(TestServerRegion region) {
        RedisURI uri = RedisURI.builder()
            .withHost("127.0.0.1")
            .withPort(region.port())
            .withPassword("t".toCharArray())
            .withTimeout(Duration.ofSeconds(5))
            .build();
        return LettuceTransport.of(this.client, uri);
    }

    private static Transport rest(TestServerRegion region) {
        return RestTransport.builder().url(region.restUrl()).token("t").build();
    }

}
