package io.unikv.testserver.internal.commands;

import java.util.List;
import java.util.Map;

import io.unikv.testserver.UnikvTestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.RedisProtocol;
import redis.clients.jedis.StreamEntryID;
import redis.clients.jedis.params.XAddParams;
import redis.clients.jedis.params.XAutoClaimParams;
import redis.clients.jedis.params.XClaimParams;
import redis.clients.jedis.params.XReadGroupParams;
import redis.clients.jedis.params.XReadParams;
import redis.clients.jedis.params.XTrimParams;
import redis.clients.jedis.resps.StreamEntry;
import redis.clients.jedis.resps.StreamGroupInfo;
import redis.clients.jedis.resps.StreamInfo;
import redis.clients.jedis.resps.StreamPendingSummary;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Jedis's typed streams API against the RESP endpoint, over RESP2 and RESP3: Jedis parses
 * every reply shape (XREAD's map in RESP3, XINFO's maps, XPENDING's summary, XAUTOCLAIM's
 * three elements), so a wrong shape fails here.
 *
 * @author unikv authors
 */
class StreamJedisIntegrationTests {

    private static UnikvTestServer server;

    @BeforeAll
    static void start() {
        server = UnikvTestServer.builder().withoutHttp().start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @ParameterizedTest
    @ValueSource(ints = { 2, 3 })
    void streamsAndConsumerGroups(int protocol) {
        DefaultJedisClientConfig config = DefaultJedisClientConfig.builder()
            .protocol((protocol == 3) ? RedisProtocol.RESP3 : RedisProtocol.RESP2)
            .build();
        try (Jedis jedis = new Jedis(new HostAndPort(server.host(), server.port()), config)) {
            String key = "jedis:" + protocol;
            assertThat(jedis.xadd(key, XAddParams.xAddParams().id("1-1"), Map.of("a", "1")))
                .isEqualTo(new StreamEntryID(1, 1));
            jedis.xadd(key, XAddParams.xAddParams().id("2-0"), Map.of("b", "2"));
            jedis.xadd(key, XAddParams.xAddParams().id("3-0").maxLen(10).exactTrimming(), Map.of("c", "3"));
            assertThat(jedis.xlen(key)).isEqualTo(3);
            List<StreamEntry> range = jedis.xrange(key, "-", "+");
            assertThat(range).extracting(StreamEntry::getID)
                .containsExactly(new StreamEntryID(1, 1), new StreamEntryID(2, 0), new StreamEntryID(3, 0));
            assertThat(range.get(1).getFields()).containsExactly(Map.entry("b", "2"));
            assertThat(jedis.xrevrange(key, "+", "-", 1)).extracting(StreamEntry::getID)
                .containsExactly(new StreamEntryID(3, 0));
            Map<String, List<StreamEntry>> read = jedis.xreadAsMap(XReadParams.xReadParams().count(1),
                    Map.of(key, new StreamEntryID(1, 1)));
            assertThat(read.get(key)).extracting(StreamEntry::getID).containsExactly(new StreamEntryID(2, 0));

            assertThat(jedis.xgroupCreate(key, "g", new StreamEntryID(0, 0), false)).isEqualTo("OK");
            List<Map.Entry<String, List<StreamEntry>>> delivered = jedis.xreadGroup("g", "alice",
                    XReadGroupParams.xReadGroupParams().count(2),
                    Map.of(key, StreamEntryID.XREADGROUP_UNDELIVERED_ENTRY));
            assertThat(delivered).singleElement().satisfies((entry) -> {
                assertThat(entry.getKey()).isEqualTo(key);
                assertThat(entry.getValue()).hasSize(2);
            });
            StreamPendingSummary summary = jedis.xpending(key, "g");
            assertThat(summary.getTotal()).isEqualTo(2);
            assertThat(summary.getMinId()).isEqualTo(new StreamEntryID(1, 1));
            assertThat(summary.getMaxId()).isEqualTo(new StreamEntryID(2, 0));
            assertThat(summary.getConsumerMessageCount()).containsExactly(Map.entry("alice", 2L));
            assertThat(jedis.xclaim(key, "g", "bob", 0, XClaimParams.xClaimParams(), new StreamEntryID(1, 1)))
                .extracting(StreamEntry::getID)
                .containsExactly(new StreamEntryID(1, 1));
            Map.Entry<StreamEntryID, List<StreamEntry>> autoclaimed = jedis.xautoclaim(key, "g", "carol", 0,
                    new StreamEntryID(0, 0), XAutoClaimParams.xAutoClaimParams().count(1));
            assertThat(autoclaimed.getKey()).isEqualTo(new StreamEntryID(2, 0));
            assertThat(autoclaimed.getValue()).extracting(StreamEntry::getID).containsExactly(new StreamEntryID(1, 1));
            assertThat(jedis.xack(key, "g", new StreamEntryID(1, 1), new StreamEntryID(2, 0))).isEqualTo(2);

            StreamInfo info = jedis.xinfoStream(key);
            assertThat(info.getLength()).isEqualTo(3);
            assertThat(info.getRadixTreeKeys()).isOne();
            assertThat(info.getRadixTreeNodes()).isEqualTo(2);
            assertThat(info.getLastGeneratedId()).isEqualTo(new StreamEntryID(3, 0));
            assertThat(info.getFirstEntry().getID()).isEqualTo(new StreamEntryID(1, 1));
            assertThat(info.getGroups()).isOne();
            List<StreamGroupInfo> groups = jedis.xinfoGroups(key);
            assertThat(groups).singleElement().satisfies((group) -> {
                assertThat(group.getName()).isEqualTo("g");
                assertThat(group.getConsumers()).isEqualTo(3);
                assertThat(group.getPending()).isZero();
                assertThat(group.getLastDeliveredId()).isEqualTo(new StreamEntryID(2, 0));
            });
            assertThat(jedis.xdel(key, new StreamEntryID(2, 0))).isOne();
            assertThat(jedis.xtrim(key, XTrimParams.xTrimParams().maxLen(1).exactTrimming())).isOne();
            assertThat(jedis.xrange(key, "-", "+")).extracting(StreamEntry::getID)
                .containsExactly(new StreamEntryID(3, 0));
            assertThat(jedis.xgroupDestroy(key, "g")).isOne();
        }
    }

}
