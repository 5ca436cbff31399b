package io.unikv.transport.lettuce;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.cluster.RedisClusterClient;
import io.unikv.KvException;
import io.unikv.test.redis.RealRedis;
import io.unikv.test.redis.RedisCluster;
import io.unikv.test.redis.RedisNode;
import io.unikv.test.redis.RedisTopology;
import io.unikv.transport.Command;
import io.unikv.transport.Reply;
import io.unikv.transport.Transport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.RedisClusterConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * {@link LettuceTransport} against a real three-master Redis Cluster.
 *
 * @author unikv authors
 */
@RealRedis(topology = RedisTopology.CLUSTER)
class LettuceTransportClusterIntegrationTests extends AbstractLettuceTransportIntegrationTests {

    private static RedisClusterClient client;

    private static LettuceTransport transport;

    @BeforeAll
    static void connect(RedisCluster cluster) {
        client = RedisClusterClient.create(cluster.seedUris());
        transport = LettuceTransport.cluster(client);
    }

    @AfterAll
    static void disconnect() {
        transport.close();
        client.shutdown();
    }

    @Override
    protected Transport transport() {
        return transport;
    }

    @Test
    void pipelinesFromAnEventLoopThreadOnAFreshConnectionDoNotDeadlock(RedisCluster cluster) {
        RedisClusterClient fresh = RedisClusterClient.create(cluster.seedUris());
        try (LettuceTransport own = LettuceTransport.cluster(fresh)) {
            List<Command> writes = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                writes.add(Command.write("SET", "fresh" + i, "v" + i));
            }
            // the pipeline is dispatched from the callback of a completed command, on a
            // Lettuce event loop thread, before the node connections exist
            CompletableFuture<List<Reply>> replies = own.execute(Command.read("PING"))
                .thenCompose((pong) -> own.pipeline(writes));
            assertTimeoutPreemptively(Duration.ofSeconds(20),
                    () -> assertThat(replies.join()).hasSize(30).allMatch((reply) -> "OK".equals(reply.asString())));
        }
        finally {
            // bounded: a deadlocked event loop must fail this test, not hang the build
            fresh.shutdown(Duration.ZERO, Duration.ofSeconds(2));
        }
    }

    @Test
    void routesKeysToTheNodesOwningTheirSlots(RedisCluster cluster) {
        List<Command> writes = new ArrayList<>();
        List<Command> reads = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            writes.add(Command.write("SET", "key" + i, "value" + i));
            reads.add(Command.read("GET", "key" + i));
        }
        transport.pipeline(writes).join();
        List<Reply> values = transport.pipeline(reads).join();
        for (int i = 0; i < 60; i++) {
            assertThat(values.get(i)).isEqualTo(Reply.Bulk.of("value" + i));
        }
        RedisClient direct = RedisClient.create();
        try {
            long total = 0;
            for (RedisNode node : cluster.nodes()) {
                try (StatefulRedisConnection<String, String> connection = direct.connect(node.redisUri())) {
                    long size = connection.sync().dbsize();
                    assertThat(size).isPositive();
                    total += size;
                }
            }
            assertThat(total).isEqualTo(60);
        }
        finally {
            direct.shutdown();
        }
    }

    @Test
    void multiKeyCommandAcrossSlotsAnswersCrossSlot() {
        Reply reply = transport.execute(Command.read("MGET", "a", "b")).join();
        assertThat(reply).isInstanceOf(Reply.Error.class);
        assertThat(((Reply.Error) reply).message()).startsWith("CROSSSLOT");
        assertThat(transport.execute(Command.read("MGET", "{a}1", "{a}2")).join().asList()).hasSize(2);
    }

    @Test
    void transactionAcrossSlotsIsRefusedBeforeSending() {
        assertThatExceptionOfType(Exception.class)
            .isThrownBy(
                    () -> transport.transaction(List.of(Command.write("SET", "a", "1"), Command.write("SET", "b", "2")))
                        .join())
            .havingCause()
            .isInstanceOf(KvException.class)
            .withMessageContaining("hash slot");
        assertThat(transport.execute(Command.read("EXISTS", "a")).join()).isEqualTo(new Reply.Int(0));
    }

    @Test
    void transactionsRunOnTheNodeOwningTheirSlot() {
        for (String tag : List.of("a", "b", "c")) {
            List<Reply> replies = transport
                .transaction(List.of(Command.write("INCR", "{" + tag + "}n"), Command.write("INCR", "{" + tag + "}m")))
                .join();
            assertThat(replies).containsExactly(new Reply.Int(1), new Reply.Int(1));
        }
    }

    @Test
    void transportOverAClusterConnectionFactory(RedisCluster cluster) {
        List<String> nodes = cluster.nodes().stream().map((node) -> node.host() + ":" + node.port()).toList();
        LettuceConnectionFactory factory = new LettuceConnectionFactory(new RedisClusterConfiguration(nodes));
        factory.afterPropertiesSet();
        factory.start();
        try (LettuceTransport fromFactory = LettuceTransport.of(factory)) {
            assertThat(fromFactory.description()).startsWith("tcp redis-cluster://");
            assertThat(fromFactory.execute(Command.write("FLUSHALL")).join()).isEqualTo(Reply.Bulk.of("OK"));
            for (String key : List.of("a", "b", "c")) {
                fromFactory.execute(Command.write("SET", key, key + "!")).join();
                assertThat(fromFactory.execute(Command.read("GET", key)).join()).isEqualTo(Reply.Bulk.of(key + "!"));
            }
            assertThat(
                    fromFactory.transaction(List.of(Command.write("INCR", "{b}x"), Command.read("GET", "{b}x"))).join())
                .containsExactly(new Reply.Int(1), Reply.Bulk.of("1"));
            // Node-wide commands reach every master through the factory's connection too.
            assertThat(fromFactory.execute(Command.read("DBSIZE")).join()).isEqualTo(new Reply.Int(4));
        }
        finally {
            factory.destroy();
        }
    }

}
