package io.unikv.transport.lettuce;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionException;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.cluster.RedisClusterClient;
import io.lettuce.core.cluster.SlotHash;
import io.unikv.KvException;
import io.unikv.commands.Script;
import io.unikv.test.redis.RealRedis;
import io.unikv.test.redis.RedisCluster;
import io.unikv.test.redis.RedisNode;
import io.unikv.test.redis.RedisTopology;
import io.unikv.transport.Command;
import io.unikv.transport.Reply;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@link ClusterFanOut} and {@link ClusterScan} against a real three-master Redis
 * Cluster, checked against what each master holds.
 *
 * @author unikv authors
 */
@RealRedis(topology = RedisTopology.CLUSTER)
class ClusterFanOutIntegrationTests {

    private static final int KEYS = 150;

    private static RedisClusterClient client;

    private static RedisClient direct;

    private static LettuceTransport transport;

    private static List<RedisNode> nodes;

    @BeforeAll
    static void connect(RedisCluster cluster) {
        client = RedisClusterClient.create(cluster.seedUris());
        direct = RedisClient.create();
        transport = LettuceTransport.cluster(client);
        nodes = cluster.nodes();
    }

    @AfterAll
    static void disconnect() {
        transport.close();
        client.shutdown();
        direct.shutdown();
    }

    @BeforeEach
    void emptyCluster() {
        assertThat(send(Command.write("FLUSHALL"))).isEqualTo(Reply.Bulk.of("OK"));
        assertThat(send(Command.write("SCRIPT", "FLUSH"))).isEqualTo(Reply.Bulk.of("OK"));
    }

    @Test
    void dbSizeKeysAndFlushDbCoverEveryMaster() {
        writeKeys();
        List<Long> sizes = nodeSizes();
        assertThat(sizes).hasSize(3).allMatch((size) -> size > 0);
        assertThat(send(Command.read("DBSIZE"))).isEqualTo(new Reply.Int(KEYS));
        assertThat(send(Command.read("KEYS", "key:*")).asList()).hasSize(KEYS)
            .map(Reply::asString)
            .doesNotHaveDuplicates()
            .allMatch((key) -> key.startsWith("key:"));
        assertThat(send(Command.write("FLUSHDB"))).isEqualTo(Reply.Bulk.of("OK"));
        assertThat(nodeSizes()).containsOnly(0L);
        assertThat(send(Command.read("DBSIZE"))).isEqualTo(new Reply.Int(0));
    }

    @Test
    void scanReturnsEveryKeyOfEveryMasterExactlyOnce() {
        writeKeys();
        List<String> seen = new ArrayList<>();
        Set<String> cursors = new HashSet<>();
        String cursor = "0";
        do {
            List<Reply> page = send(Command.read("SCAN", cursor, "MATCH", "key:*", "COUNT", 10)).asList();
            cursor = page.get(0).asString();
            cursors.add(cursor);
            page.get(1).asList().forEach((key) -> seen.add(key.asString()));
        }
        while (!"0".equals(cursor));
        assertThat(seen).hasSize(KEYS).doesNotHaveDuplicates();
        assertThat(cursors).anyMatch((step) -> step.startsWith("1:")).anyMatch((step) -> step.startsWith("2:"));
    }

    @Test
    void scanOfAnEmptyClusterEnds() {
        String cursor = "0";
        int steps = 0;
        do {
            List<Reply> page = send(Command.read("SCAN", cursor)).asList();
            assertThat(page.get(1).asList()).isEmpty();
            cursor = page.get(0).asString();
            steps++;
        }
        while (!"0".equals(cursor));
        assertThat(steps).isEqualTo(3);
    }

    @Test
    void scanRefusesForeignCursors() {
        assertThat(send(Command.read("SCAN", "17"))).isInstanceOf(Reply.Error.class);
        assertThat(send(Command.read("SCAN", "9:0"))).isInstanceOf(Reply.Error.class);
        assertThat(send(Command.read("SCAN", "x:1"))).isInstanceOf(Reply.Error.class);
    }

    @Test
    void randomKeyFindsTheOnlyKeyWhicheverMasterHoldsIt() {
        assertThat(send(Command.read("RANDOMKEY"))).isEqualTo(Reply.NIL);
        // A key in the last master's slots: a random master alone would miss it 2 times
        // in 3.
        String key = keyInSlotsFrom(10923);
        send(Command.write("SET", key, "v"));
        for (int i = 0; i < 10; i++) {
            assertThat(send(Command.read("RANDOMKEY"))).isEqualTo(Reply.Bulk.of(key));
        }
    }

    @Test
    void scriptLoadReachesEveryMasterAndExistsRequiresAll() {
        String sha = send(Command.write("SCRIPT", "LOAD", "return 1")).asString();
        assertThat(sha).isEqualTo(Script.sha1Hex("return 1"));
        for (RedisNode node : nodes) {
            try (StatefulRedisConnection<String, String> connection = direct.connect(node.redisUri())) {
                assertThat(connection.sync().scriptExists(sha)).containsExactly(true);
            }
        }
        // EVAL caches its script on one master only, so it is not loaded "everywhere".
        String other = "return 2";
        send(Command.write("EVAL", other, 1, "k"));
        assertThat(send(Command.read("SCRIPT", "EXISTS", sha, Script.sha1Hex(other))).asList())
            .containsExactly(new Reply.Int(1), new Reply.Int(0));
        assertThat(send(Command.write("SCRIPT", "FLUSH"))).isEqualTo(Reply.Bulk.of("OK"));
        assertThat(send(Command.read("SCRIPT", "EXISTS", sha)).asList()).containsExactly(new Reply.Int(0));
    }

    @Test
    void functionsAreLoadedAndFlushedOnEveryMaster() {
        String library = "#!lua name=fanout\nredis.register_function('one', function(keys, args) return 1 end)";
        assertThat(send(Command.write("FUNCTION", "LOAD", library))).isEqualTo(Reply.Bulk.of("fanout"));
        for (int firstSlot : new int[] { 0, 5461, 10923 }) {
            assertThat(send(Command.write("FCALL", "one", 1, keyInSlotsFrom(firstSlot)))).isEqualTo(new Reply.Int(1));
        }
        assertThat(send(Command.write("FUNCTION", "LOAD", library))).isInstanceOf(Reply.Error.class);
        assertThat(send(Command.write("FUNCTION", "FLUSH"))).isEqualTo(Reply.Bulk.of("OK"));
        for (int firstSlot : new int[] { 0, 5461, 10923 }) {
            assertThat(send(Command.write("FCALL", "one", 1, keyInSlotsFrom(firstSlot))))
                .isInstanceOf(Reply.Error.class);
        }
    }

    @Test
    void transactionRefusesNodeWideCommands() {
        assertThatExceptionOfType(CompletionException.class)
            .isThrownBy(
                    () -> transport.transaction(List.of(Command.write("SET", "a", "1"), Command.read("DBSIZE"))).join())
            .havingCause()
            .isInstanceOf(KvException.class)
            .withMessageContaining("DBSIZE concerns every master");
        assertThat(send(Command.read("EXISTS", "a"))).isEqualTo(new Reply.Int(0));
    }

    @Test
    void nodeWideCommandsInAPipelineKeepItsOrder() {
        List<Reply> replies = transport.pipeline(List.of(Command.write("SET", "a", "1"), Command.write("SET", "b", "2"),
                Command.read("DBSIZE"), Command.write("DEL", "a"), Command.read("DBSIZE"), Command.read("KEYS", "*"),
                Command.read("GET", "b")))
            .join();
        assertThat(replies).containsExactly(Reply.Bulk.of("OK"), Reply.Bulk.of("OK"), new Reply.Int(2),
                new Reply.Int(1), new Reply.Int(1), new Reply.Array(List.of(Reply.Bulk.of("b"))), Reply.Bulk.of("2"));
    }

    private static Reply send(Command command) {
        return transport.execute(command).join();
    }

    private static void writeKeys() {
        List<Command> writes = new ArrayList<>();
        for (int i = 0; i < KEYS; i++) {
            writes.add(Command.write("SET", "key:" + i, "v"));
        }
        transport.pipeline(writes).join();
    }

    private static List<Long> nodeSizes() {
        List<Long> sizes = new ArrayList<>();
        for (RedisNode node : nodes) {
            try (StatefulRedisConnection<String, String> connection = direct.connect(node.redisUri())) {
                sizes.add(connection.sync().dbsize());
            }
        }
        return sizes;
    }

    private static String keyInSlotsFrom(int firstSlot) {
        for (int i = 0;; i++) {
            String key = "only:" + i;
            int slot = SlotHash.getSlot(key);
            if (slot >= firstSlot && slot < firstSlot + 5000) {
                return key;
            }
        }
    }

}
