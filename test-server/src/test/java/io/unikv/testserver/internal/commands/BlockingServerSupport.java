package io.unikv.testserver.internal.commands;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.unikv.testserver.MutableClock;
import io.unikv.testserver.UnikvTestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A fresh test server on a {@link MutableClock} for each test of blocking commands, with
 * Lettuce connections that are closed after the test, and a way to wait until the server
 * reports a number of blocked clients.
 *
 * @author unikv authors
 */
abstract class BlockingServerSupport {

    static final Duration WAIT = Duration.ofSeconds(10);

    static final Instant START = Instant.parse("2025-01-01T00:00:00Z");

    final MutableClock clock = new MutableClock(START);

    private final List<StatefulRedisConnection<String, String>> connections = new ArrayList<>();

    UnikvTestServer server;

    RedisClient client;

    RedisCommands<String, String> redis;

    @BeforeEach
    void startServer() {
        this.server = UnikvTestServer.builder().withoutHttp().clock(this.clock).start();
        this.client = RedisClient.create(this.server.redisUri());
        this.redis = connect().sync();
    }

    @AfterEach
    void stopServer() {
        for (StatefulRedisConnection<String, String> connection : this.connections) {
            connection.close();
        }
        this.client.shutdown();
        this.server.close();
    }

    StatefulRedisConnection<String, String> connect() {
        StatefulRedisConnection<String, String> connection = this.client.connect();
        this.connections.add(connection);
        return connection;
    }

    void disconnect(StatefulRedisConnection<String, String> connection) {
        this.connections.remove(connection);
        connection.close();
    }

    void awaitBlocked(int expected) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (blockedClients() != expected) {
            assertThat(System.nanoTime()).as("waiting for %d blocked clients", expected).isLessThan(deadline);
            Thread.onSpinWait();
        }
    }

    int blockedClients() {
        return this.redis.info("clients")
            .lines()
            .filter((line) -> line.startsWith("blocked_clients:"))
            .map((line) -> Integer.parseInt(line.substring("blocked_clients:".length()).strip()))
            .findFirst()
            .orElseThrow();
    }

}
