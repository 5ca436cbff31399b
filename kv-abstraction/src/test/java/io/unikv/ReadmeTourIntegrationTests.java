package io.unikv;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import io.lettuce.core.RedisClient;
import io.unikv.commands.ScanOptions;
import io.unikv.commands.ScanResult;
import io.unikv.commands.Script;
import io.unikv.commands.SetOptions;
import io.unikv.test.redis.RealRedis;
import io.unikv.test.redis.RedisNode;
import io.unikv.testserver.UnikvTestServer;
import io.unikv.transport.Reply;
import io.unikv.transport.lettuce.LettuceTransport;
import io.unikv.transport.region.RegionalTransport;
import io.unikv.transport.rest.RestTransport;
import io.unikv.commands.StreamEntry;
import io.unikv.commands.XReadOptions;
import io.unikv.commands.StreamOffset;
import io.unikv.commands.GeoResult;
import io.unikv.commands.GeoSearch;
import io.unikv.commands.GeoUnit;
import org.jspecify.annotations.Nullable;
import io.unikv.codec.KvCodec;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The code of README.md's API tour, statement for statement, so that the README cannot
 * drift from the API: the first program on the test server's REST endpoint, the KV
 * profile, the Redis profile against a real {@code redis-server}, sync tokens and errors.
 *
 * @author unikv authors
 */
@RealRedis
class ReadmeTourIntegrationTests {

    record User(String name) {
    }

    @Test
    void firstProgram() {
        String printed;
        // README: "A first program"
        try (UnikvTestServer server = UnikvTestServer.builder().token("dev").start();
                RedisStore store = RedisStore.builder()
                    .transport(RestTransport.builder().url(server.restUrl()).token("dev").build())
                    .build()) {
            store.put("greeting", "hello");
            printed = store.get("greeting"); // README: System.out.println(...) prints
                                             // hello
        }
        assertThat(printed).isEqualTo("hello");
    }

    @Test
    void keyValueProfile() {
        try (UnikvTestServer server = UnikvTestServer.builder().token("dev").start();
                KeyValueStore kv = RedisStore.builder()
                    .transport(RestTransport.builder().url(server.restUrl()).token("dev").build())
                    .build()) {
            kv.put("greeting", "hello");
            String greeting = kv.get("greeting");
            kv.put("user:1", new User("Ada"),
                    PutOptions.expirationTtl(Duration.ofHours(1)).withMetadata(Map.of("v", 2)));
            User user = kv.get("user:1", User.class);
            KvEntry<User, Map> entry = kv.getWithMetadata("user:1", User.class, Map.class);
            Map<String, String> some = kv.get(List.of("greeting", "missing"));
            kv.delete("greeting");

            for (int i = 2; i <= 250; i++) {
                kv.put("user:" + i, new User("u" + i), PutOptions.metadata(Map.of("v", i)));
            }
            List<String> listed = new ArrayList<>();
            // README: page through every key with a prefix
            ListOptions options = ListOptions.prefix("user:").withLimit(100);
            KvListResult<Map> page;
            do {
                page = kv.list(options, Map.class);
                page.keys().forEach((key) -> listed.add(key.name() + " " + key.expiration() + " " + key.metadata()));
                options = options.withCursor(page.cursor());
            }
            while (!page.listComplete());

            assertThat(greeting).isEqualTo("hello");
            assertThat(user).isEqualTo(new User("Ada"));
            assertThat(entry.value()).isEqualTo(new User("Ada"));
            assertThat(entry.metadata()).isEqualTo(Map.of("v", 2));
            assertThat(some).containsEntry("greeting", "hello").containsEntry("missing", null);
            assertThat(kv.get("greeting")).isNull();
            assertThat(listed).hasSize(250).doesNotHaveDuplicates();
            assertThat(listed.get(0)).startsWith("user:1 20").endsWith(" {v=2}");
        }
    }

    @Test
    void redisProfile(RedisNode node) {
        RedisClient redisClient = RedisClient.create();
        try (RedisStore redis = RedisStore.builder()
            .transport(LettuceTransport.of(redisClient, node.redisUri()))
            .build()) {
            redis.set("greeting", "hello");
            boolean locked = redis.set("lock:job", "me", SetOptions.ex(Duration.ofSeconds(30)).nx());
            long visits = redis.incr("visits");
            redis.hset("user:1:profile", Map.of("name", "Ada", "lang", "en"));
            ScanResult<String> keys = redis.scan(ScanResult.START, ScanOptions.match("user:*").withCount(100));
            Reply result = redis.eval(Script.of("return redis.call('GET', KEYS[1])"), List.of("greeting"), List.of());
            Reply anything = redis.execute("OBJECT", "ENCODING", "visits"); // generic
                                                                            // escape
                                                                            // hatch

            CompletableFuture<Long> next = redis.async().incr("visits");
            RedisBatch batch = redis.pipeline(); // or redis.multi() for MULTI/EXEC
            CompletableFuture<Long> hits = batch.incr("hits");
            batch.expire("hits", Duration.ofMinutes(1));
            batch.exec();

            assertThat(locked).isTrue();
            assertThat(visits).isEqualTo(1);
            assertThat(keys.items()).containsExactly("user:1:profile");
            assertThat(result.asString()).isEqualTo("hello");
            assertThat(anything.asString()).isEqualTo("int");
            assertThat(next.join()).isEqualTo(2);
            assertThat(hits.join()).isEqualTo(1);
            assertThat(redis.ttl("hits")).isBetween(55L, 60L);
        }
        finally {
            redisClient.shutdown();
        }
    }

    @Test
    void moreFamilies() {
        try (UnikvTestServer server = UnikvTestServer.builder().token("dev").start();
                RedisStore redis = RedisStore.builder()
                    .transport(RestTransport.builder().url(server.restUrl()).token("dev").build())
                    .codec(KvCodec.string())
                    .build()) {
            String id = redis.xadd("orders", Map.of("item", "book", "qty", "2"));
            redis.xgroupCreate("orders", "billing", "0", false);
            Map<String, List<StreamEntry>> batch = redis.xreadgroup("billing", "worker-1",
                    XReadOptions.none().count(10), StreamOffset.undelivered("orders"));
            long acked = redis.xack("orders", "billing", id);

            redis.geoadd("shops", 13.361389, 38.115556, "palermo");
            List<GeoResult> near = redis.geosearch("shops",
                    GeoSearch.fromLonLat(15, 37).byRadius(200, GeoUnit.KM).asc().withDist());

            redis.setbit("seen:2026-11-24", 42, true);
            redis.pfadd("visitors", "ada", "grace");
            long unique = redis.pfcount("visitors");

            redis.jsonSet("user:1", "$", "{\"name\":\"Ada\",\"logins\":1}");
            List<@Nullable Number> logins = redis.jsonNumIncrBy("user:1", "$.logins", 1);

            redis.functionLoad("#!lua name=lib\nredis.register_function('hello', function() return 'hi' end)", true);
            Reply hi = redis.fcall("hello", List.of(), List.of());

            assertThat(batch.get("orders")).extracting(StreamEntry::id).containsExactly(id);
            assertThat(batch.get("orders").get(0).fields()).containsEntry("item", "book");
            assertThat(acked).isOne();
            assertThat(near).extracting(GeoResult::member).containsExactly("palermo");
            assertThat(near.get(0).distance()).isBetween(190.0, 200.0);
            assertThat(redis.getbit("seen:2026-11-24", 42)).isTrue();
            assertThat(unique).isEqualTo(2);
            assertThat(logins).extracting(Number::longValue).containsExactly(2L);
            assertThat(hi.asString()).isEqualTo("hi");
        }
    }

    @Test
    void syncTokensAndErrors() {
        try (UnikvTestServer server = UnikvTestServer.builder().token("dev").start();
                RedisStore serviceA = RedisStore.builder()
                    .transport(RestTransport.builder().url(server.restUrl()).token("dev").build())
                    .build();
                RedisStore serviceB = RedisStore.builder()
                    .transport(RestTransport.builder().url(server.restUrl()).token("dev").build())
                    .build()) {
            serviceA.put("order:7", "paid");
            SyncToken token = serviceA.syncToken(); // hand it on, e.g. in a header
            serviceB.useSyncToken(token);
            String order = serviceB.get("order:7"); // sees "paid", also on a replica

            assertThat(token).isNotNull();
            assertThat(order).isEqualTo("paid");
            assertThat(serviceB.syncToken()).isNotNull();
            serviceA.lpush("list", "x");
            assertThatExceptionOfType(KvServerException.class).isThrownBy(() -> serviceA.incr("list"))
                .withMessageStartingWith("WRONGTYPE");
            assertThatExceptionOfType(KvLimitException.class)
                .isThrownBy(() -> serviceA.put("k", "v", PutOptions.metadata(Map.of("m", "x".repeat(1100)))))
                .withMessageStartingWith("KV PUT failed: 413 Metadata length of");
        }
    }

    @Test
    void regionsAndConsistency() {
        String mine;
        String maybeStale;
        String fresh;
        try (UnikvTestServer server = UnikvTestServer.builder()
            .token("dev")
            .regions("us-east-1", "eu-west-1:150ms")
            .start();
                RedisStore store = RedisStore.builder()
                    .transport(RegionalTransport.builder()
                        .primary("us-east-1",
                                RestTransport.builder().url(server.region("us-east-1").restUrl()).token("dev").build())
                        .readRegion("eu-west-1",
                                RestTransport.builder().url(server.region("eu-west-1").restUrl()).token("dev").build())
                        .localRegion("eu-west-1")
                        .build())
                    .build()) {
            store.set("greeting", "hello");
            mine = store.get("greeting");
            maybeStale = store.withConsistency(Consistency.EVENTUAL).get("greeting");
            fresh = store.withConsistency(Consistency.STRONG).get("greeting");
            try (SyncTokenContext.Scope scope = SyncTokenContext.open(SyncToken.of(store.syncToken().value()))) {
                assertThat(store.withConsistency(Consistency.READ_YOUR_WRITES).get("greeting")).isEqualTo("hello");
            }
        }
        assertThat(mine).isEqualTo("hello");
        assertThat(maybeStale).isIn(null, "hello");
        assertThat(fresh).isEqualTo("hello");
    }

}
