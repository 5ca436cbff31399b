package io.unikv.testserver.resp;

import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.TrackingArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import io.lettuce.core.pubsub.api.sync.RedisPubSubCommands;
import io.lettuce.core.protocol.ProtocolVersion;
import io.lettuce.core.support.caching.CacheAccessor;
import io.lettuce.core.support.caching.CacheFrontend;
import io.lettuce.core.support.caching.ClientSideCaching;
import io.unikv.test.redis.RealRedis;
import io.unikv.test.redis.RedisNode;
import io.unikv.testserver.UnikvTestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisPubSub;
import redis.clients.jedis.RedisProtocol;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Lettuce's and Jedis's pub/sub APIs and Lettuce's client-side caching, unchanged,
 * against the test server and, as a reference, a real {@code redis-server}: the same
 * scenario must behave the same on both, over RESP2 and RESP3.
 *
 * @author unikv authors
 */
@RealRedis
@Timeout(60)
class PubSubClientsIntegrationTests {

    private static UnikvTestServer server;

    private static RedisClient lettuce;

    private static RedisNode realRedis;

    @BeforeAll
    static void start(RedisNode node) {
        server = UnikvTestServer.builder().withoutHttp().start();
        lettuce = RedisClient.create();
        realRedis = node;
    }

    @AfterAll
    static void stop() {
        lettuce.shutdown();
        server.close();
    }

    static List<Arguments> targets() {
        return List.of(Arguments.of("unikv", ProtocolVersion.RESP2), Arguments.of("unikv", ProtocolVersion.RESP3),
                Arguments.of("redis", ProtocolVersion.RESP2), Arguments.of("redis", ProtocolVersion.RESP3));
    }

    private static RedisURI uri(String target) {
        return target.equals("redis") ? RedisURI.create(realRedis.host(), realRedis.port())
                : RedisURI.create(server.host(), server.port());
    }

    private static void protocol(ProtocolVersion protocol) {
        lettuce.setOptions(ClientOptions.builder().protocolVersion(protocol).build());
    }

    @ParameterizedTest
    @MethodSource("targets")
    void lettucePubSub(String target, ProtocolVersion protocol) throws Exception {
        protocol(protocol);
        BlockingQueue<String> received = new LinkedBlockingQueue<>();
        try (StatefulRedisPubSubConnection<String, String> subscriber = lettuce.connectPubSub(uri(target));
                StatefulRedisConnection<String, String> publisher = lettuce.connect(uri(target))) {
            subscriber.addListener(new RedisPubSubAdapter<>() {
                @Override
                public void message(String channel, String message) {
                    received.add("message " + channel + " " + message);
                }

                @Override
                public void message(String pattern, String channel, String message) {
                    received.add("pmessage " + pattern + " " + channel + " " + message);
                }

                @Override
                public void subscribed(String channel, long count) {
                    received.add("subscribed " + channel + " " + count);
                }

                @Override
                public void psubscribed(String pattern, long count) {
                    received.add("psubscribed " + pattern + " " + count);
                }

                @Override
                public void unsubscribed(String channel, long count) {
                    received.add("unsubscribed " + channel + " " + count);
                }

                @Override
                public void smessage(String channel, String message) {
                    received.add("smessage " + channel + " " + message);
                }
            });
            RedisPubSubCommands<String, String> sub = subscriber.sync();
            sub.subscribe("lettuce:news");
            assertThat(received.poll(5, TimeUnit.SECONDS)).isEqualTo("subscribed lettuce:news 1");
            sub.psubscribe("lettuce:*");
            assertThat(received.poll(5, TimeUnit.SECONDS)).isEqualTo("psubscribed lettuce:* 2");
            RedisCommands<String, String> pub = publisher.sync();
            assertThat(pub.publish("lettuce:news", "hello")).isEqualTo(2);
            assertThat(List.of(received.poll(5, TimeUnit.SECONDS), received.poll(5, TimeUnit.SECONDS)))
                .containsExactlyInAnyOrder("message lettuce:news hello", "pmessage lettuce:* lettuce:news hello");
            assertThat(pub.pubsubNumsub("lettuce:news")).containsEntry("lettuce:news", 1L);
            assertThat(pub.pubsubNumpat()).isEqualTo(1);
            if (protocol == ProtocolVersion.RESP3) {
                // RESP3 subscribers may run ordinary commands on the same connection
                assertThat(sub.ping()).isEqualTo("PONG");
            }
            sub.unsubscribe("lettuce:news");
            assertThat(received.poll(5, TimeUnit.SECONDS)).isEqualTo("unsubscribed lettuce:news 1");
            sub.punsubscribe("lettuce:*");
            sub.ssubscribe("lettuce:shard");
            assertThat(pub.spublish("lettuce:shard", "s")).isEqualTo(1);
            assertThat(awaitMatching(received, "smessage")).isEqualTo("smessage lettuce:shard s");
            assertThat(pub.pubsubShardNumsub("lettuce:shard")).containsEntry("lettuce:shard", 1L);
        }
    }

    @ParameterizedTest
    @MethodSource("targets")
    void jedisPubSub(String target, ProtocolVersion protocol) throws Exception {
        RedisURI uri = uri(target);
        BlockingQueue<String> received = new LinkedBlockingQueue<>();
        CountDownLatch subscribed = new CountDownLatch(1);
        JedisPubSub listener = new JedisPubSub() {
            @Override
            public void onMessage(String channel, String message) {
                received.add(channel + "=" + message);
                if (message.equals("stop")) {
                    unsubscribe();
                }
            }

            @Override
            public void onSubscribe(String channel, int count) {
                subscribed.countDown();
            }
        };
        Map<String, Throwable> failure = new ConcurrentHashMap<>();
        Thread thread = new Thread(() -> {
            DefaultJedisClientConfig config = DefaultJedisClientConfig.builder()
                .protocol((protocol == ProtocolVersion.RESP3) ? RedisProtocol.RESP3 : RedisProtocol.RESP2)
                .build();
            try (Jedis jedis = new Jedis(new HostAndPort(uri.getHost(), uri.getPort()), config)) {
                jedis.subscribe(listener, "jedis:news");
            }
            catch (Throwable ex) {
                failure.put("subscriber", ex);
                subscribed.countDown();
            }
        });
        thread.start();
        assertThat(subscribed.await(5, TimeUnit.SECONDS)).isTrue();
        try (Jedis publisher = new Jedis(uri.getHost(), uri.getPort())) {
            assertThat(publisher.publish("jedis:news", "one")).isEqualTo(1);
            assertThat(publisher.publish("jedis:news", "stop")).isEqualTo(1);
        }
        thread.join(5000);
        assertThat(failure).isEmpty();
        assertThat(received).containsExactly("jedis:news=one", "jedis:news=stop");
        assertThat(thread.isAlive()).isFalse();
    }

    @ParameterizedTest
    @MethodSource("targets")
    void lettuceClientSideCachingIsInvalidated(String target, ProtocolVersion protocol) throws Exception {
        Assumptions.assumeTrue(protocol == ProtocolVersion.RESP3, "Lettuce's ClientSideCaching needs RESP3 pushes");
        protocol(protocol);
        Map<String, String> cache = new ConcurrentHashMap<>();
        try (StatefulRedisConnection<String, String> connection = lettuce.connect(uri(target));
                StatefulRedisConnection<String, String> writer = lettuce.connect(uri(target))) {
            writer.sync().set("cached:k", "v1");
            CacheFrontend<String, String> frontend = ClientSideCaching.enable(CacheAccessor.forMap(cache), connection,
                    TrackingArgs.Builder.enabled());
            assertThat(frontend.get("cached:k")).isEqualTo("v1");
            assertThat(cache).containsEntry("cached:k", "v1");
            writer.sync().set("cached:k", "v2");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (cache.containsKey("cached:k")) {
                assertThat(System.nanoTime()).as("waiting for the invalidation").isLessThan(deadline);
            }
            assertThat(frontend.get("cached:k")).isEqualTo("v2");
            frontend.close();
        }
    }

    private static String awaitMatching(BlockingQueue<String> queue, String prefix) throws InterruptedException {
        while (true) {
            String item = queue.poll(5, TimeUnit.SECONDS);
            if (item == null || item.startsWith(prefix)) {
                return item;
            }
        }
    }

}
