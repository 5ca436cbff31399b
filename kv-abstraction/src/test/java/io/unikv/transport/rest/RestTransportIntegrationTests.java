package io.unikv.transport.rest;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import io.unikv.KvAuthenticationException;
import io.unikv.KvCodecException;
import io.unikv.KvConnectionException;
import io.unikv.KvServerException;
import io.unikv.KvTimeoutException;
import io.unikv.KvUnavailableException;
import io.unikv.RedisStore;
import io.unikv.SyncToken;
import io.unikv.testserver.UnikvTestServer;
import io.unikv.transport.Command;
import io.unikv.transport.PipelineStats;
import io.unikv.transport.Reply;
import io.unikv.transport.Request;
import io.unikv.transport.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Integration tests for {@link RestTransport} against the test server's REST endpoint.
 */
class RestTransportIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private UnikvTestServer server;

    private RecordingHttpClient http;

    private final List<RestTransport> transports = new ArrayList<>();

    @BeforeEach
    void start() {
        this.server = UnikvTestServer.builder().token("t").readOnlyToken("ro").start();
        this.http = new RecordingHttpClient();
    }

    @AfterEach
    void stop() {
        this.transports.forEach(RestTransport::close);
        this.server.close();
    }

    private RestTransportBuilder builder() {
        return RestTransport.builder()
            .url(this.server.restUrl())
            .token("t")
            .httpClient(this.http)
            .retryBackoff(Duration.ofMillis(5));
    }

    private RestTransport transport(RestTransportBuilder builder) {
        RestTransport transport = builder.build();
        this.transports.add(transport);
        return transport;
    }

    private RestTransport transport() {
        return transport(builder());
    }

    @Test
    void singleCommands() {
        RestTransport rest = transport();
        assertThat(rest.execute(Command.write("SET", "k", "v")).join()).isEqualTo(Reply.OK);
        assertThat(rest.execute(Command.read("GET", "k")).join().asString()).isEqualTo("v");
        assertThat(rest.execute(Command.read("GET", "missing")).join()).isEqualTo(Reply.NIL);
        assertThat(rest.execute(Command.write("INCRBY", "n", 5)).join()).isEqualTo(new Reply.Int(5));
        assertThat(rest.execute(Command.read("PING")).join().asString()).isEqualTo("PONG");
        assertThat(this.http.requests().get(0).headers().firstValue("Authorization")).hasValue("Bearer t");
        assertThat(this.http.requests().get(0).headers().firstValue("Upstash-Encoding")).hasValue("base64");
    }

    @Test
    void errorReplyIsAValueNotAnException() {
        RestTransport rest = transport();
        rest.execute(Command.write("SET", "text", "abc")).join();
        Reply reply = rest.execute(Command.write("INCR", "text")).join();
        assertThat(reply).isInstanceOf(Reply.Error.class);
        assertThat(((Reply.Error) reply).message()).startsWith("ERR");
        assertThatThrownBy(reply::throwIfError).isInstanceOf(KvServerException.class);
    }

    @Test
    void base64RepliesAreDecodedAtEveryDepth() {
        RestTransport rest = transport();
        // "abcd" and "PONG" are valid base64 themselves: only a decoding client keeps
        // them
        rest.execute(Command.write("SET", "abcd", "abcd")).join();
        rest.execute(Command.write("RPUSH", "list", "OK", "x", "")).join();
        assertThat(rest.execute(Command.read("GET", "abcd")).join().asString()).isEqualTo("abcd");
        assertThat(strings(rest.execute(Command.read("LRANGE", "list", 0, -1)).join())).containsExactly("OK", "x", "");
        Reply scan = rest.execute(Command.read("SCAN", "0", "MATCH", "abc*")).join();
        assertThat(scan.asList().get(0).asString()).isEqualTo("0");
        assertThat(strings(scan.asList().get(1))).containsExactly("abcd");
        String unicode = "h\u00e9llo \u4e16\u754c \ud83d\ude00 \"quoted\" \\ \u0000";
        rest.execute(Command.write("SET", "u", unicode)).join();
        assertThat(rest.execute(Command.read("GET", "u")).join().asString()).isEqualTo(unicode);
    }

    @Test
    void binaryArgumentsTravelInThePathForm() {
        RestTransport rest = transport();
        byte[] key = { 'b', (byte) 0xFF, '/', ' ', '%' };
        byte[] value = { 0, (byte) 0x80, (byte) 0xFE, (byte) 0xFF, 'x' };
        assertThat(rest.execute(Command.write("SET", key, value)).join()).isEqualTo(Reply.OK);
        assertThat(rest.execute(Command.read("GET", key)).join().asBytes()).isEqualTo(value);
        assertThat(rest.execute(Command.read("STRLEN", key)).join()).isEqualTo(new Reply.Int(5));
        // pipelines and transactions have no binary form
        assertThat(failure(rest.pipeline(List.of(Command.write("SET", key, value)))))
            .isInstanceOf(KvCodecException.class);
    }

    @Test
    void pipeline() {
        RestTransport rest = transport();
        List<Reply> replies = rest
            .pipeline(List.of(Command.write("SET", "p", "1"), Command.write("INCR", "p"),
                    Command.write("SET", "s", "x"), Command.write("INCR", "s"), Command.read("GET", "p")))
            .join();
        assertThat(replies).hasSize(5);
        assertThat(replies.get(0).asString()).isEqualTo("OK");
        assertThat(replies.get(1)).isEqualTo(new Reply.Int(2));
        assertThat(replies.get(3)).isInstanceOf(Reply.Error.class);
        assertThat(replies.get(4).asString()).isEqualTo("2");
        assertThat(this.http.paths()).containsExactly("/pipeline");
    }

    @Test
    void transaction() {
        RestTransport rest = transport();
        List<Reply> replies = rest
            .transaction(List.of(Command.write("SET", "t", "1"), Command.write("INCR", "t"), Command.read("GET", "t")))
            .join();
        assertThat(replies).hasSize(3);
        assertThat(replies.get(1)).isEqualTo(new Reply.Int(2));
        assertThat(replies.get(2).asString()).isEqualTo("2");
        assertThat(this.http.paths()).containsExactly("/multi-exec");
    }

    @Test
    void discardedTransactionFails() {
        RestTransport rest = transport();
        CompletableFuture<List<Reply>> result = rest
            .transaction(List.of(Command.write("SET", "d", "1"), Command.write("NOSUCHCOMMAND", "x")));
        assertThat(failure(result)).isInstanceOf(KvServerException.class).hasMessageContaining("ERR");
        assertThat(rest.execute(Command.read("EXISTS", "d")).join()).isEqualTo(new Reply.Int(0));
    }

    @Test
    void wrongTokenFailsWithAuthenticationException() {
        RestTransport rest = transport(builder().token("wrong"));
        assertThat(failure(rest.execute(Command.read("GET", "k")))).isInstanceOf(KvAuthenticationException.class)
            .hasMessageNotContaining("wrong");
    }

    @Test
    void readOnlyModeRefusesWritesWithoutARoundTrip() {
        RestTransport rest = transport(builder().token("ro").readOnly(true));
        assertThat(failure(rest.execute(Command.write("SET", "k", "v")))).isInstanceOf(KvAuthenticationException.class)
            .hasMessageContaining("SET");
        assertThat(failure(rest.pipeline(List.of(Command.read("GET", "k"), Command.write("DEL", "k")))))
            .isInstanceOf(KvAuthenticationException.class)
            .hasMessageContaining("DEL");
        assertThat(this.http.requests()).isEmpty();
        assertThat(rest.execute(Command.read("GET", "k")).join()).isEqualTo(Reply.NIL);
    }

    @Test
    void readOnlyTokenWithoutReadOnlyModeGetsTheServersRefusal() {
        RestTransport rest = transport(builder().token("ro"));
        Reply reply = rest.execute(Command.write("SET", "k", "v")).join();
        assertThat(reply).isInstanceOf(Reply.Error.class);
        assertThat(((Reply.Error) reply).message()).startsWith("NOPERM");
    }

    @Test
    void syncTokensAreSentAndReturned() {
        RestTransport rest = transport(builder().autoPipelining(false));
        Response first = rest.send(Request.single(Command.write("SET", "a", "1"))).join();
        assertThat(first.syncToken()).isNotNull();
        Response second = rest.send(Request.single(Command.write("SET", "a", "2")).withSyncToken(first.syncToken()))
            .join();
        assertThat(second.syncToken()).isNotNull();
        assertThat(Long.parseLong(second.syncToken().value())).isGreaterThan(Long.parseLong(first.syncToken().value()));
        rest.send(Request.single(Command.read("GET", "a")).withSyncToken(SyncToken.of("my-own-token"))).join();
        assertThat(this.http.requests()).extracting((request) -> request.headers().firstValue("upstash-sync-token"))
            .containsExactly(java.util.Optional.of(""), java.util.Optional.of(first.syncToken().value()),
                    java.util.Optional.of("my-own-token"));
        // error replies (HTTP 400) carry no token
        assertThat(rest.send(Request.single(Command.write("NOSUCHCOMMAND"))).join().syncToken()).isNull();
    }

    @Test
    void autoPipeliningBatchesConcurrentCommands() {
        RestTransport rest = transport();
        this.server.faults().latency(Duration.ofMillis(100));
        List<CompletableFuture<Reply>> replies = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            replies.add(rest.execute(Command.write("SET", "k" + i, "v" + i)));
        }
        for (int i = 0; i < 50; i++) {
            replies.add(rest.execute(Command.read("GET", "k" + i)));
        }
        CompletableFuture.allOf(replies.toArray(new CompletableFuture[0])).join();
        for (int i = 0; i < 50; i++) {
            assertThat(replies.get(i).join()).isEqualTo(Reply.OK);
            assertThat(replies.get(50 + i).join().asString()).isEqualTo("v" + i);
        }
        assertThat(this.http.requests()).hasSizeLessThanOrEqualTo(5);
        assertThat(this.http.paths()).contains("/pipeline");
        PipelineStats stats = rest.pipelineStats();
        assertThat(stats.requests()).isEqualTo(100);
        assertThat(stats.commands()).isEqualTo(100);
        long pipelineRequests = this.http.paths().stream().filter("/pipeline"::equals).count();
        assertThat(stats.autoPipelinedBatches()).isEqualTo(pipelineRequests);
        assertThat(stats.autoPipelinedCommands()).isEqualTo(100 - (this.http.requests().size() - pipelineRequests));
        assertThat(stats.averageAutoPipelineBatch()).isGreaterThan(10);
    }

    @Test
    void autoPipeliningKeepsReadsAndWritesApartAndBoundsBatches() {
        RestTransport rest = transport(builder().maxBatchSize(10));
        this.server.faults().latency(Duration.ofMillis(50));
        List<CompletableFuture<Reply>> replies = new ArrayList<>();
        replies.add(rest.execute(Command.read("PING")));
        for (int i = 0; i < 25; i++) {
            replies.add(rest.execute(Command.read("GET", "x" + i)));
        }
        replies.add(rest.execute(Command.write("SET", "w", "1")));
        replies.add(rest.execute(Command.read("GET", "w")));
        CompletableFuture.allOf(replies.toArray(new CompletableFuture[0])).join();
        assertThat(replies.get(replies.size() - 1).join().asString()).isEqualTo("1");
        // reads and writes never share a request, and no batch holds more than 10
        List<JsonNode> batches = new ArrayList<>();
        for (HttpRequest request : this.http.requests()) {
            JsonNode body = JSON.readTree(RecordingHttpClient.body(request));
            if (request.uri().getPath().equals("/pipeline")) {
                assertThat(body.size()).isBetween(2, 10);
                body.forEach(batches::add);
            }
            else {
                batches.add(body);
            }
        }
        assertThat(batches).hasSize(28);
        List<String> paths = this.http.paths();
        assertThat(paths.subList(paths.size() - 2, paths.size())).containsExactly("/", "/");
        assertThat(RecordingHttpClient.body(this.http.requests().get(paths.size() - 2)))
            .isEqualTo("[\"SET\",\"w\",\"1\"]");
    }

    @Test
    void withoutAutoPipeliningEveryCommandIsItsOwnRequest() {
        RestTransport rest = transport(builder().autoPipelining(false));
        List<CompletableFuture<Reply>> replies = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            replies.add(rest.execute(Command.read("GET", "k" + i)));
        }
        CompletableFuture.allOf(replies.toArray(new CompletableFuture[0])).join();
        assertThat(this.http.requests()).hasSize(10);
        assertThat(this.http.paths()).containsOnly("/");
        assertThat(rest.pipelineStats()).isEqualTo(new PipelineStats(10, 10, 0, 0, 0, 0));
        rest.send(Request.pipeline(List.of(Command.read("GET", "a"), Command.read("GET", "b")))).join();
        rest.send(Request.transaction(List.of(Command.write("INCR", "n")))).join();
        assertThat(rest.pipelineStats()).isEqualTo(new PipelineStats(12, 13, 1, 1, 0, 0));
    }

    @Test
    void readIsRetriedAfterADroppedConnection() {
        RestTransport rest = transport();
        rest.execute(Command.write("SET", "r", "1")).join();
        this.server.faults().dropConnectionAfterNext(1);
        assertThat(rest.execute(Command.read("GET", "r")).join().asString()).isEqualTo("1");
        assertThat(this.http.requests()).hasSize(3);
    }

    @Test
    void writeIsNeverRetriedOnceSent() {
        RestTransport rest = transport();
        this.server.faults().dropConnectionAfterNext(1);
        assertThat(failure(rest.execute(Command.write("INCR", "counter")))).isInstanceOf(KvConnectionException.class)
            .hasMessageContaining("INCR")
            .hasMessageContaining("outcome is unknown");
        assertThat(this.http.requests()).hasSize(1);
        assertThat(rest.execute(Command.read("GET", "counter")).join().asString()).isEqualTo("1");
    }

    @Test
    void timeout() {
        RestTransport rest = transport(builder().timeout(Duration.ofMillis(200)));
        this.server.faults().latency(Duration.ofMillis(1000));
        assertThat(failure(rest.execute(Command.write("INCR", "slow")))).isInstanceOf(KvTimeoutException.class);
        assertThat(this.http.requests()).hasSize(1);
        assertThat(failure(rest.execute(Command.read("GET", "slow")))).isInstanceOf(KvTimeoutException.class);
        // a read is retried: three retries after the first attempt
        assertThat(this.http.requests()).hasSize(5);
    }

    @Test
    void connectionRefusedIsUnavailable() {
        int port = this.server.httpPort();
        String url = this.server.restUrl();
        this.server.close();
        this.server = UnikvTestServer.builder().start();
        RestTransport rest = transport(builder().url(url).retries(2));
        assertThat(failure(rest.execute(Command.write("SET", "k", "v")))).isInstanceOf(KvUnavailableException.class)
            .hasMessageContaining(String.valueOf(port));
        // never sent, so even a write is retried
        assertThat(this.http.requests()).hasSize(3);
    }

    @Test
    void descriptionHidesTheToken() {
        RestTransport rest = transport();
        assertThat(rest.description()).isEqualTo("rest " + this.server.restUrl()).doesNotContain("t@");
    }

    @Test
    void closedTransportRefusesRequests() {
        RestTransport rest = transport();
        rest.close();
        rest.close();
        assertThat(failure(rest.execute(Command.read("PING")))).isInstanceOf(KvUnavailableException.class);
    }

    @Test
    void closeFailsQueuedAndInFlightRequests() {
        RestTransport rest = transport();
        this.server.faults().latency(Duration.ofMillis(500));
        CompletableFuture<Reply> inFlight = rest.execute(Command.write("INCR", "c"));
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (this.http.requests().isEmpty() && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        CompletableFuture<Reply> queued = rest.execute(Command.write("INCR", "c"));
        rest.close();
        assertThat(failure(inFlight)).isInstanceOf(KvConnectionException.class);
        assertThat(failure(queued)).isInstanceOf(KvUnavailableException.class);
        assertThat(this.http.requests()).hasSize(1);
    }

    @Test
    void storeOverRest() {
        RestTransport rest = RestTransport.builder().url(this.server.restUrl()).token("t").build();
        this.transports.add(rest);
        RedisStore store = RedisStore.builder().transport(rest).build();
        assertThat(store.ping()).isEqualTo("PONG");
    }

    private static List<String> strings(Reply reply) {
        return reply.asList().stream().map((element) -> new String(element.asBytes(), StandardCharsets.UTF_8)).toList();
    }

    private static Throwable failure(CompletableFuture<?> future) {
        try {
            future.join();
        }
        catch (CompletionException ex) {
            return ex.getCause();
        }
        throw new AssertionError("Expected the future to fail");
    }

}
