package io.unikv.testserver.resp;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import io.unikv.test.redis.RealRedis;
import io.unikv.test.redis.RedisNode;
import io.unikv.testserver.UnikvTestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Malformed RESP: the test server must answer exactly as {@code redis-server} does (same
 * protocol error, connection closed), never crash, never stall other clients, and never
 * lose data.
 *
 * @author unikv authors
 */
@RealRedis
class RespMalformedInputIntegrationTests {

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
    @ValueSource(strings = { "*abc\r\n", "*1\r\n$abc\r\n", "*1\r\nfoo\r\n", "*1\r\n$-5\r\n", "*1\r\n$999999999999\r\n",
            "*3000000000\r\n", "*-1\r\n*1\r\n$4\r\nPING\r\n", "*1\r\n$4\r\nPING\r\n*x\r\n", "SET \"a b\r\n",
            "SET 'a b' c'\r\n", "PING\r\n\r\n   \r\nPING\r\n", "*2\r\n$3\r\nGET\r\n:1\r\n",
            "*0\r\n*1\r\n$4\r\nPING\r\n", "\"unterminated\r\n", "GET k\nPING\n" })
    void answersLikeRedis(String input, RedisNode redis) throws IOException {
        byte[] bytes = input.getBytes(StandardCharsets.UTF_8);
        Exchange expected = exchange(redis.host(), redis.port(), bytes);
        Exchange actual = exchange(server.host(), server.port(), bytes);
        assertThat(actual.reply()).isEqualTo(expected.reply());
        assertThat(actual.closed()).isEqualTo(expected.closed());
    }

    @Test
    void tooBigInlineRequestIsRefusedLikeRedis(RedisNode redis) throws IOException {
        byte[] bytes = "A".repeat(70 * 1024).getBytes(StandardCharsets.US_ASCII);
        Exchange expected = exchange(redis.host(), redis.port(), bytes);
        Exchange actual = exchange(server.host(), server.port(), bytes);
        assertThat(actual.reply()).isEqualTo(expected.reply()).contains("too big inline request");
        assertThat(actual.closed()).isTrue();
    }

    @Test
    void hugeDeclaredSizeNeitherAllocatesNorBlocksOthers() throws IOException {
        try (Socket stalled = new Socket(server.host(), server.port())) {
            stalled.getOutputStream().write("*2\r\n$3\r\nSET\r\n$536870000\r\nabc".getBytes(StandardCharsets.US_ASCII));
            stalled.getOutputStream().flush();
            assertThat(
                    exchange(server.host(), server.port(), "*1\r\n$4\r\nPING\r\n".getBytes(StandardCharsets.US_ASCII))
                        .reply())
                .isEqualTo("+PONG\r\n");
        }
    }

    @Test
    void randomGarbageNeverHurtsOtherClientsOrData() throws IOException {
        server.direct((data) -> {
            data.set("keep", "me");
            return null;
        });
        Random random = new Random(42);
        for (int round = 0; round < 300; round++) {
            byte[] garbage = new byte[1 + random.nextInt(200)];
            random.nextBytes(garbage);
            if (random.nextBoolean()) {
                garbage[0] = (byte) "*$+-:\r\n".charAt(random.nextInt(7));
            }
            if (round % 30 == 0) {
                exchange(server.host(), server.port(), garbage);
            }
            else {
                try (Socket socket = new Socket(server.host(), server.port())) {
                    socket.getOutputStream().write(garbage);
                }
            }
        }
        Exchange ping = exchange(server.host(), server.port(),
                "*2\r\n$3\r\nGET\r\n$4\r\nkeep\r\n".getBytes(StandardCharsets.US_ASCII));
        assertThat(ping.reply()).isEqualTo("$2\r\nme\r\n");
    }

    @Test
    void truncatedFramesThenDisconnectLeaveServerHealthy() throws IOException {
        for (String partial : new String[] { "*3\r\n$3\r\nSET\r\n$1\r\nk", "*2\r\n$3\r\nGET", "*", "$5\r\nab" }) {
            try (Socket socket = new Socket(server.host(), server.port())) {
                socket.getOutputStream().write(partial.getBytes(StandardCharsets.US_ASCII));
            }
        }
        assertThat(exchange(server.host(), server.port(), "PING\r\n".getBytes(StandardCharsets.US_ASCII)).reply())
            .isEqualTo("+PONG\r\n");
    }

    /**
     * Send bytes, then read what comes back until the peer closes or stays quiet.
     */
    private static Exchange exchange(String host, int port, byte[] request) throws IOException {
        try (Socket socket = new Socket(host, port)) {
            socket.setSoTimeout(300);
            socket.getOutputStream().write(request);
            socket.getOutputStream().flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream reply = new ByteArrayOutputStream();
            byte[] buffer = new byte[4096];
            boolean closed = false;
            try {
                int n;
                while ((n = in.read(buffer)) >= 0) {
                    reply.write(buffer, 0, n);
                }
                closed = true;
            }
            catch (SocketTimeoutException ex) {
                // the peer keeps the connection open: that is its answer
            }
            catch (IOException ex) {
                closed = true;
            }
            return new Exchange(reply.toString(StandardCharsets.UTF_8), closed);
        }
    }

    record Exchange(String reply, boolean closed) {
    }

}
