package io.unikv.testserver.resp;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisCommandExecutionException;
import io.lettuce.core.RedisFuture;
import io.lettuce.core.RedisURI;
import io.lettuce.core.TransactionResult;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.async.RedisAsyncCommands;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.protocol.ProtocolVersion;
import io.unikv.testserver.UnikvTestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.Pipeline;
import redis.clients.jedis.Transaction;
import redis.clients.jedis.exceptions.JedisDataException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Real RESP clients, unchanged, against the test server: Lettuce over RESP3 (its default)
 * and RESP2, and Jedis, including pipelining, transactions with WATCH across connections,
 * large values, and the default and read-only users.
 *
 * @author unikv authors
 */
class RespClientsIntegrationTests {

    private static UnikvTestServer server;

    private static RedisClient lettuce;

    @BeforeAll
    static void start() {
        server = UnikvTestServer.builder().withoutHttp().token("secret").readOnlyToken("reader").start();
        lettuce = RedisClient.create();
    }

    @AfterAll
    static void stop() {
        lettuce.shutdown();
        server.close();
    }

    @BeforeEach
    void flush() {
        server.direct((data) -> {
            data.flushAll();
            return null;
        });
    }

    private static StatefulRedisConnection<String, String> connect(ProtocolVersion protocol, String password) {
        lettuce.setOptions(ClientOptions.builder().protocolVersion(protocol).build());
        RedisURI uri = RedisURI.builder()
            .withHost(server.host())
            .withPort(server.port())
            .withPassword(password.toCharArray())
            .build();
        return lettuce.connect(uri);
    }

    @Test
    void lettuceResp3() {
        try (StatefulRedisConnection<String, String> connection = connect(ProtocolVersion.RESP3, "secret")) {
            RedisCommands<String, String> redis = connection.sync();
            assertThat(redis.ping()).isEqualTo("PONG");
            assertThat(redis.set("k", "v")).isEqualTo("OK");
            assertThat(redis.get("k")).isEqualTo("v");
            assertThat(redis.incrbyfloat("f", 1.5)).isEqualTo(1.5);
            assertThat(redis.mget("k", "missing")).hasSize(2);
            assertThat(redis.clientGetname()).isNull();
            assertThat(redis.info("server")).contains("redis_version:");
            assertThatExceptionOfType(RedisCommandExecutionException.class).isThrownBy(() -> redis.incr("k"))
                .withMessage("ERR value is not an integer or out of range");
        }
    }

    @Test
    void lettuceResp2AndPipelining() throws Exception {
        try (StatefulRedisConnection<String, String> connection = connect(ProtocolVersion.RESP2, "secret")) {
            RedisAsyncCommands<String, String> redis = connection.async();
            connection.setAutoFlushCommands(false);
            List<RedisFuture<Long>> futures = new ArrayList<>();
            for (int i = 0; i < 1000; i++) {
                futures.add(redis.incr("counter"));
            }
            connection.flushCommands();
            connection.setAutoFlushCommands(true);
            for (int i = 0; i < futures.size(); i++) {
                assertThat(futures.get(i).get(10, TimeUnit.SECONDS)).isEqualTo(i + 1);
            }
            assertThat(redis.get("counter").get(10, TimeUnit.SECONDS)).isEqualTo("1000");
        }
    }

    @Test
    void largeValuesRoundTrip() {
        try (StatefulRedisConnection<String, String> connection = connect(ProtocolVersion.RESP3, "secret")) {
            String big = "x".repeat(20 * 1024 * 1024);
            connection.sync().set("big", big);
            assertThat(connection.sync().strlen("big")).isEqualTo(big.length());
            assertThat(connection.sync().get("big")).isEqualTo(big);
        }
    }

    @Test
    void watchAbortsTransactionWhenAnotherClientWrites() {
        try (StatefulRedisConnection<String, String> first = connect(ProtocolVersion.RESP3, "secret");
                StatefulRedisConnection<String, String> second = connect(ProtocolVersion.RESP3, "secret")) {
            RedisCommands<String, String> a = first.sync();
            a.set("balance", "10");
            a.watch("balance");
            second.sync().set("balance", "20");
            a.multi();
            a.incr("balance");
            TransactionResult result = a.exec();
            assertThat(result.wasDiscarded()).isTrue();
            assertThat(a.get("balance")).isEqualTo("20");
            a.watch("balance");
            a.multi();
            a.incr("balance");
            assertThat(a.exec().<Long>get(0)).isEqualTo(21);
        }
    }

    @Test
    void readOnlyUserCannotWrite() {
        try (StatefulRedisConnection<String, String> admin = connect(ProtocolVersion.RESP3, "secret")) {
            admin.sync().set("k", "v");
        }
        RedisURI uri = RedisURI.builder()
            .withHost(server.host())
            .withPort(server.port())
            .withAuthentication("default_ro", "reader")
            .build();
        lettuce.setOptions(ClientOptions.builder().protocolVersion(ProtocolVersion.RESP3).build());
        try (StatefulRedisConnection<String, String> reader = lettuce.connect(uri)) {
            assertThat(reader.sync().get("k")).isEqualTo("v");
            assertThatExceptionOfType(RedisCommandExecutionException.class)
                .isThrownBy(() -> reader.sync().set("k", "x"))
                .withMessage("NOPERM this user has no permissions to run the 'set' command");
        }
    }

    @Test
    void jedisCommandsPipelinesAndTransactions() {
        try (Jedis jedis = new Jedis(server.host(), server.port())) {
            assertThatExceptionOfType(JedisDataException.class).isThrownBy(jedis::ping)
                .withMessageContaining("NOAUTH Authentication required.");
            assertThatExceptionOfType(JedisDataException.class).isThrownBy(() -> jedis.auth("wrong"))
                .withMessageContaining("WRONGPASS");
            jedis.auth("secret");
            assertThat(jedis.set("j", "1")).isEqualTo("OK");
            assertThat(jedis.incrBy("j", 41)).isEqualTo(42);
            Pipeline pipeline = jedis.pipelined();
            pipeline.set("p1", "a");
            pipeline.get("p1");
            pipeline.del("p1");
            assertThat(pipeline.syncAndReturnAll()).containsExactly("OK", "a", 1L);
            Transaction transaction = jedis.multi();
            transaction.set("t", "1");
            transaction.incr("t");
            assertThat(transaction.exec()).containsExactly("OK", 2L);
            jedis.setex("ttl", 100, "v");
            assertThat(jedis.ttl("ttl")).isEqualTo(100);
            assertThat(jedis.getrange("ttl", 0, 0)).isEqualTo("v");
        }
    }

}
