package io.unikv.transport.lettuce;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.TimeoutOptions;
import io.unikv.KvConnectionException;
import io.unikv.KvTimeoutException;
import io.unikv.KvUnavailableException;
import io.unikv.testserver.UnikvTestServer;
import io.unikv.transport.Command;
import io.unikv.transport.Reply;
import io.unikv.transport.Transport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * {@link LettuceTransport} against the unikv test server over RESP.
 *
 * @author unikv authors
 */
class LettuceTransportTestServerIntegrationTests extends AbstractLettuceTransportIntegrationTests {

    private static UnikvTestServer server;

    private static RedisClient client;

    private static LettuceTransport transport;

    @BeforeAll
    static void start() {
        server = UnikvTestServer.builder().withoutHttp().start();
        client = RedisClient.create();
        transport = LettuceTransport.of(client, RedisURI.create(server.redisUri()));
    }

    @AfterAll
    static void stop() {
        transport.close();
        client.shutdown();
        server.close();
    }

    @BeforeEach
    void flush() {
        server.faults().clear();
        transport.execute(Command.write("FLUSHALL")).join();
    }

    @Override
    protected Transport transport() {
        return transport;
    }

    @Test
    void describesTheServerWithoutCredentials() {
        RedisURI uri = RedisURI.builder()
            .withHost("127.0.0.1")
            .withPort(server.port())
            .withPassword("secret".toCharArray())
            .build();
        try (LettuceTransport described = LettuceTransport.of(client, uri)) {
            assertThat(described.description()).isEqualTo("tcp redis://127.0.0.1:" + server.port());
        }
    }

    @Test
    void refusedConnectionIsUnavailable() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        try (LettuceTransport refused = LettuceTransport.of(client, RedisURI.create("127.0.0.1", port))) {
            assertThatExceptionOfType(Exception.class).isThrownBy(() -> refused.execute(Command.read("PING")).join())
                .havingCause()
                .isInstanceOf(KvUnavailableException.class)
                .withMessageContaining(Integer.toString(port));
            assertThatExceptionOfType(Exception.class)
                .isThrownBy(() -> refused.transaction(List.of(Command.read("PING"))).join())
                .havingCause()
                .isInstanceOf(KvUnavailableException.class);
        }
    }

    @Test
    void writeWhoseConnectionDropsIsNotSentAgain() {
        server.faults().dropConnectionAfterNext(1);
        assertThatExceptionOfType(Exception.class)
            .isThrownBy(() -> transport.execute(Command.write("INCR", "once")).join())
            .havingCause()
            .isInstanceOf(KvConnectionException.class);
        assertThat(transport.execute(Command.read("GET", "once")).join().asString()).isEqualTo("1");
    }

    @Test
    void commandsInFlightFailAsSoonAsTheirConnectionDrops() {
        RedisClient own = RedisClient.create();
        try (LettuceTransport fresh = LettuceTransport.of(own, RedisURI.create(server.redisUri()))) {
            fresh.execute(Command.read("PING")).join();
            server.faults().latency(Duration.ofSeconds(20));
            CompletableFuture<Reply> incr = fresh.execute(Command.write("INCR", "in-flight"));
            // wait until the server executed it (its reply is held back 20 s)
            assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
                while (!server.<Boolean>direct((data) -> data.exists("in-flight"))) {
                    Thread.onSpinWait();
                }
            });
            // the server stays unreachable: no reconnect (and no replay) can settle it
            server.faults().down(true);
            server.faults().disconnectAll();
            // failed when the connection dropped, long before the reply (20 s) or the
            // command timeout (60 s)
            assertTimeoutPreemptively(Duration.ofSeconds(5),
                    () -> assertThatExceptionOfType(Exception.class).isThrownBy(incr::join)
                        .havingCause()
                        .isInstanceOf(KvConnectionException.class)
                        .withMessageContaining("INCR was sent; it may have been applied"));
            server.faults().clear();
            assertThat(fresh.execute(Command.read("GET", "in-flight")).join().asString()).isEqualTo("1");
        }
        finally {
            own.shutdown();
        }
    }

    @Test
    void transactionWhoseConnectionDropsIsNotSentAgain() {
        server.faults().dropConnectionAfterNext(3);
        assertThatExceptionOfType(Exception.class)
            .isThrownBy(() -> transport.transaction(List.of(Command.write("INCR", "tx-once"))).join())
            .havingCause()
            .isInstanceOf(KvConnectionException.class);
        // drops left over (the connection died at MULTI) must not hit the check below
        server.faults().clear();
        assertThat(transport.execute(Command.read("GET", "tx-once")).join().asString()).isEqualTo("1");
    }

    @Test
    void slowReplyIsATimeout() {
        RedisURI uri = RedisURI.create(server.redisUri());
        uri.setTimeout(Duration.ofMillis(200));
        try (LettuceTransport impatient = LettuceTransport.of(client, uri)) {
            impatient.execute(Command.read("PING")).join();
            server.faults().latency(Duration.ofSeconds(1));
            assertThatExceptionOfType(Exception.class)
                .isThrownBy(() -> impatient.execute(Command.read("GET", "slow")).join())
                .havingCause()
                .isInstanceOf(KvTimeoutException.class)
                .withMessage("Command GET timed out after 200 ms");
        }
    }

    @Test
    void slowReplyIsATimeoutWithoutLettuceCommandTimeouts() {
        RedisClient untimed = RedisClient.create();
        untimed.setOptions(ClientOptions.builder().timeoutOptions(TimeoutOptions.builder().build()).build());
        RedisURI uri = RedisURI.create(server.redisUri());
        uri.setTimeout(Duration.ofMillis(200));
        try (LettuceTransport impatient = LettuceTransport.of(untimed, uri)) {
            impatient.execute(Command.read("PING")).join();
            server.faults().latency(Duration.ofSeconds(1));
            assertThatExceptionOfType(Exception.class)
                .isThrownBy(() -> impatient.execute(Command.read("GET", "slow")).join())
                .havingCause()
                .isInstanceOf(KvTimeoutException.class)
                .withMessage("Command GET timed out after 200 ms");
        }
        finally {
            untimed.shutdown();
        }
    }

    @Test
    void closedTransportRefusesRequests() {
        LettuceTransport closing = LettuceTransport.of(client, RedisURI.create(server.redisUri()));
        assertThat(closing.execute(Command.read("PING")).join()).isEqualTo(Reply.Bulk.of("PONG"));
        closing.close();
        closing.close();
        assertThatExceptionOfType(Exception.class).isThrownBy(() -> closing.execute(Command.read("PING")).join())
            .havingCause()
            .isInstanceOf(KvUnavailableException.class);
    }

}
