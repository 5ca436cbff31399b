package io.unikv.testserver.internal.rest;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.unikv.testserver.UnikvTestServer;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

/**
 * The Upstash REST endpoint over real HTTP: URL forms, argument decoding, envelopes,
 * status codes, tokens, base64, RESP2 output, size limit, sync tokens, CORS, keep-alive
 * and malformed requests. Uses string, connection and server commands only.
 *
 * @author unikv authors
 */
@Timeout(60)
class RestIntegrationTests {

    private static final String[] AUTH = { "Authorization", "Bearer t" };

    private static final String[] RO = { "Authorization", "Bearer ro" };

    private static final String[] BASE64 = { "Authorization", "Bearer t", "Upstash-Encoding", "base64" };

    private static final String[] RESP2 = { "Authorization", "Bearer t", "Upstash-Response-Format", "resp2" };

    private static UnikvTestServer server;

    private static HttpClient http;

    @BeforeAll
    static void start() {
        server = UnikvTestServer.builder().token("t").readOnlyToken("ro").start();
        http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void reset() {
        server.faults().clear();
        server.direct((data) -> {
            data.flushAll();
            return null;
        });
    }

    // URL forms and argument decoding

    @Test
    void bodyCommandRunsAndReturnsResultEnvelope() throws Exception {
        assertResponse(post("/", "[\"SET\",\"foo\",\"bar\"]"), 200, "{\"result\":\"OK\"}");
        assertResponse(post("/", "[\"GET\",\"foo\"]"), 200, "{\"result\":\"bar\"}");
        assertResponse(post("/", "[\"GET\",\"missing\"]"), 200, "{\"result\":null}");
    }

    @Test
    void numbersKeepTheirExactTextAndBooleansBecomeWords() throws Exception {
        String[][] cases = { { "10", "10" }, { "1.50", "1.50" }, { "1e+21", "1e+21" }, { "-0", "-0" },
                { "9223372036854775808", "9223372036854775808" }, { "true", "true" }, { "false", "false" } };
        for (String[] c : cases) {
            post("/", "[\"SET\",\"n\"," + c[0] + "]");
            assertResponse(post("/", "[\"GET\",\"n\"]"), 200, "{\"result\":\"" + c[1] + "\"}");
        }
    }

    @Test
    void integersAreJsonNumbersWithExactDigits() throws Exception {
        post("/", "[\"SET\",\"big\",\"9223372036854775806\"]");
        assertResponse(post("/", "[\"INCR\",\"big\"]"), 200, "{\"result\":9223372036854775807}");
        assertResponse(post("/", "[\"DECRBY\",\"neg\",5]"), 200, "{\"result\":-5}");
    }

    @Test
    void commandAndOptionNamesAreCaseInsensitive() throws Exception {
        assertResponse(post("/", "[\"sEt\",\"k\",\"v\",\"eX\",100]"), 200, "{\"result\":\"OK\"}");
        assertResponse(post("/", "[\"ttl\",\"k\"]"), 200, "{\"result\":100}");
        assertResponse(send("GET", "/SET/k2/v/Ex/50", null, AUTH), 200, "{\"result\":\"OK\"}");
        assertResponse(send("GET", "/Ttl/k2", null, AUTH), 200, "{\"result\":50}");
    }

    @Test
    void bodyIsReadAsJsonWhateverTheContentType() throws Exception {
        assertResponse(post("/", "[\"SET\",\"k\",\"v\"]", "Content-Type", "application/x-www-form-urlencoded"), 200,
                "{\"result\":\"OK\"}");
        assertResponse(post("/", "[\"GET\",\"k\"]", "Content-Type", "text/plain"), 200, "{\"result\":\"v\"}");
    }

    @Test
    void malformedBodiesAreRefusedWith400() throws Exception {
        String command = "{\"error\":\"ERR invalid command: expected a JSON array of strings, numbers and booleans\"}";
        for (String body : List.of("[\"SET\",\"k\",[\"v\"]]", "[\"SET\",\"k\",{\"a\":1}]", "[\"SET\",\"k\",null]",
                "{\"cmd\":\"GET\"}", "\"GET\"", "[\"GET\",\"k\"", "[\"GET\",\"k\"] [\"GET\"]", "not json",
                "[\"GET\",\"k\",]", "[NaN]")) {
            assertResponse(post("/", body), 400, command);
        }
        assertResponse(post("/", "[]"), 400, "{\"error\":\"ERR empty command\"}");
        assertResponse(post("/", ""), 400, "{\"error\":\"ERR empty command\"}");
        assertResponse(send("GET", "/", null, AUTH), 400, "{\"error\":\"ERR empty command\"}");
        assertResponse(post("/", "[\"PING\"]"), 200, "{\"result\":\"PONG\"}");
    }

    @Test
    void pathStyleCommandsArePercentDecoded() throws Exception {
        assertResponse(send("GET", "/set/foo/bar", null, AUTH), 200, "{\"result\":\"OK\"}");
        assertResponse(send("GET", "/get/foo", null, AUTH), 200, "{\"result\":\"bar\"}");
        assertResponse(send("POST", "/set/a%20b/c%2Fd+e", null, AUTH), 200, "{\"result\":\"OK\"}");
        assertResponse(send("GET", "/get/a%20b", null, AUTH), 200, "{\"result\":\"c/d+e\"}");
        assertResponse(send("GET", "/set/bin/%FF%00%41", null, AUTH), 200, "{\"result\":\"OK\"}");
        assertResponse(send("GET", "/get/bin", null, BASE64), 200, "{\"result\":\"/wBB\"}");
        assertResponse(send("GET", "/strlen/bin", null, AUTH), 200, "{\"result\":3}");
        assertResponse(send("GET", "/get/bin", null, AUTH), 200, "{\"result\":\"\uFFFD\\u0000A\"}");
        try (RawHttp raw = new RawHttp(server.httpPort())) {
            raw.write(request("GET", "/set/%zz/v", null) + request("GET", "/get/%4", null));
            for (int i = 0; i < 2; i++) {
                RawHttp.Response response = raw.read();
                assertThat(response.status()).isEqualTo(400);
                assertThat(response.body())
                    .isEqualTo("{\"error\":\"ERR invalid percent-encoding in the request URL\"}");
            }
        }
    }

    @Test
    void rawBodyIsTheLastArgumentAndQueryParametersFollow() throws Exception {
        assertResponse(send("POST", "/set/doc?EX=100", "raw {\"json\"} value", AUTH), 200, "{\"result\":\"OK\"}");
        assertResponse(send("GET", "/get/doc", null, AUTH), 200, "{\"result\":\"raw {\\\"json\\\"} value\"}");
        assertResponse(send("GET", "/ttl/doc", null, AUTH), 200, "{\"result\":100}");
        assertResponse(send("PUT", "/set/nx?NX", "first", AUTH), 200, "{\"result\":\"OK\"}");
        assertResponse(send("PUT", "/set/nx?NX", "second", AUTH), 200, "{\"result\":null}");
        assertResponse(send("GET", "/get/nx", null, AUTH), 200, "{\"result\":\"first\"}");
        assertResponse(send("GET", "/set/q?EX=100&GET", null, AUTH), 400, "{\"error\":\"ERR syntax error\"}");
        assertResponse(send("GET", "/echo/x?a+b=c%26d", null, AUTH), 400,
                "{\"error\":\"ERR wrong number of arguments for 'echo' command\"}");
        assertResponse(send("GET", "/mset/k1/v1?k2=a+b", null, AUTH), 200, "{\"result\":\"OK\"}");
        assertResponse(send("GET", "/get/k2", null, AUTH), 200, "{\"result\":\"a b\"}");
    }

    @Test
    void tokenQueryParameterIsNeverAnArgument() throws Exception {
        assertResponse(send("GET", "/set/foo/bar?_token=t", null), 200, "{\"result\":\"OK\"}");
        assertResponse(send("GET", "/get/foo?_token=t", null), 200, "{\"result\":\"bar\"}");
        assertResponse(send("POST", "/set/foo?_token=t&EX=10", "body", new String[0]), 200, "{\"result\":\"OK\"}");
        assertResponse(send("GET", "/ttl/foo?_token=t", null), 200, "{\"result\":10}");
    }

    // envelopes and errors

    @Test
    void commandErrorsAre400WithRedisText() throws Exception {
        assertResponse(post("/", "[\"GET\"]"), 400, "{\"error\":\"ERR wrong number of arguments for 'get' command\"}");
        assertResponse(post("/", "[\"NOPE\",\"a\",1]"), 400,
                "{\"error\":\"ERR unknown command 'NOPE', with args beginning with: 'a' '1' \"}");
        post("/", "[\"SET\",\"text\",\"abc\"]");
        assertResponse(post("/", "[\"INCR\",\"text\"]"), 400,
                "{\"error\":\"ERR value is not an integer or out of range\"}");
    }

    @Test
    void commandsThatNeedAConnectionAreNotAvailable() throws Exception {
        assertResponse(post("/", "[\"SELECT\",\"1\"]"), 400, "{\"error\":\"ERR Command is not available: 'select'\"}");
        assertResponse(post("/", "[\"hello\",\"3\"]"), 400, "{\"error\":\"ERR Command is not available: 'hello'\"}");
        assertResponse(post("/", "[\"echo\",\"hi\"]"), 200, "{\"result\":\"hi\"}");
    }

    // pipeline and multi-exec

    @Test
    void pipelineAnswersEveryCommandWith200() throws Exception {
        String body = "[[\"SET\",\"k1\",\"v\"],[\"SETEX\",\"k2\",13,\"v\"],[\"INCR\",\"k1\"],[\"INCR\",\"c\"],"
                + "[\"GET\",\"nope\"],[\"GET\"]]";
        assertResponse(post("/pipeline", body), 200, "[{\"result\":\"OK\"},{\"result\":\"OK\"},"
                + "{\"error\":\"ERR value is not an integer or out of range\"},{\"result\":1},{\"result\":null},"
                + "{\"error\":\"ERR wrong number of arguments for 'get' command\"}]");
        assertResponse(post("/pipeline/", "[[\"ttl\",\"k2\"]]"), 200, "[{\"result\":13}]");
    }

    @Test
    void malformedBatchesAreRefusedWith400() throws Exception {
        String batch = "{\"error\":\"ERR invalid pipeline: expected a non-empty JSON array of command arrays\"}";
        for (String body : List.of("[]", "[\"GET\",\"k\"]", "[[\"GET\",[\"k\"]]]", "[[\"GET\",\"k\"]", "{}", "",
                "[[\"GET\",\"k\"],5]")) {
            assertResponse(post("/pipeline", body), 400, batch);
            assertResponse(post("/multi-exec", body), 400, batch);
        }
        assertResponse(post("/pipeline", "[[\"GET\",\"k\"],[]]"), 400, "{\"error\":\"ERR empty command\"}");
    }

    @Test
    void multiExecRunsAtomicallyAndReportsRuntimeErrorsPerCommand() throws Exception {
        post("/", "[\"SET\",\"text\",\"abc\"]");
        String body = "[[\"SET\",\"a\",1],[\"INCR\",\"a\"],[\"INCR\",\"text\"],[\"GET\",\"a\"]]";
        assertResponse(post("/multi-exec", body), 200, "[{\"result\":\"OK\"},{\"result\":2},"
                + "{\"error\":\"ERR value is not an integer or out of range\"},{\"result\":\"2\"}]");
    }

    @Test
    void multiExecWithARejectedCommandIsDiscardedWith400() throws Exception {
        assertResponse(post("/multi-exec", "[[\"SET\",\"a\",1],[\"GET\"]]"), 400,
                "{\"error\":\"ERR wrong number of arguments for 'get' command\"}");
        assertResponse(post("/multi-exec", "[[\"SET\",\"a\",1],[\"NOPE\"]]"), 400,
                "{\"error\":\"ERR unknown command 'NOPE', with args beginning with: \"}");
        assertResponse(post("/multi-exec", "[[\"SET\",\"a\",1],[\"WATCH\",\"a\"]]"), 400,
                "{\"error\":\"ERR Command is not available: 'watch'\"}");
        assertResponse(post("/", "[\"EXISTS\",\"a\"]"), 200, "{\"result\":0}");
    }

    @Test
    void restWritesWakeClientsBlockedOverResp() throws Exception {
        Assumptions.assumeFalse(post("/", "[\"COMMAND\",\"INFO\",\"blpop\"]").body().equals("{\"result\":[null]}"),
                "lists are not implemented yet");
        assertResponse(post("/", "[\"BLPOP\",\"q\",\"0\"]"), 400,
                "{\"error\":\"ERR Command is not available: 'blpop'\"}");
        try (Socket resp = new Socket("127.0.0.1", server.port())) {
            resp.setSoTimeout(10_000);
            resp.getOutputStream().write("AUTH t\r\nBLPOP q 0\r\n".getBytes(StandardCharsets.US_ASCII));
            InputStream in = resp.getInputStream();
            assertThat(new String(in.readNBytes(5), StandardCharsets.US_ASCII)).isEqualTo("+OK\r\n");
            awaitBlockedClients(1);
            assertResponse(post("/pipeline", "[[\"RPUSH\",\"q\",\"a\",\"b\"],[\"LLEN\",\"q\"]]"), 200,
                    "[{\"result\":2},{\"result\":1}]");
            String expected = "*2\r\n$1\r\nq\r\n$1\r\na\r\n";
            assertThat(new String(in.readNBytes(expected.length()), StandardCharsets.US_ASCII)).isEqualTo(expected);
        }
    }

    // Upstash-Encoding: base64

    @Test
    void base64EncodesEveryStringButATopLevelOk() throws Exception {
        assertResponse(post("/", "[\"SET\",\"k\",\"OK\"]", BASE64), 200, "{\"result\":\"OK\"}");
        assertResponse(post("/", "[\"GET\",\"k\"]", BASE64), 200, "{\"result\":\"T0s=\"}");
        assertResponse(post("/", "[\"MGET\",\"k\",\"none\"]", BASE64), 200, "{\"result\":[\"T0s=\",null]}");
        assertResponse(post("/", "[\"PING\"]", BASE64), 200, "{\"result\":\"UE9ORw==\"}");
        assertResponse(post("/", "[\"INCR\",\"n\"]", BASE64), 200, "{\"result\":1}");
        assertResponse(post("/", "[\"INCRBYFLOAT\",\"f\",\"1.5\"]", BASE64), 200, "{\"result\":\"MS41\"}");
        assertResponse(post("/", "[\"GET\"]", BASE64), 400,
                "{\"error\":\"ERR wrong number of arguments for 'get' command\"}");
        assertResponse(post("/pipeline", "[[\"SET\",\"a\",\"é\"],[\"GET\",\"a\"],[\"INCR\",\"a\"]]", BASE64), 200,
                "[{\"result\":\"OK\"},{\"result\":\"w6k=\"},"
                        + "{\"error\":\"ERR value is not an integer or out of range\"}]");
        assertResponse(post("/multi-exec", "[[\"SET\",\"a\",\"x\"],[\"GET\",\"a\"]]", BASE64), 200,
                "[{\"result\":\"OK\"},{\"result\":\"eA==\"}]");
    }

    @Test
    void withoutBase64InvalidUtf8BecomesReplacementCharacters() throws Exception {
        send("GET", "/set/bad/a%C3%28b", null, AUTH);
        assertThat(post("/", "[\"GET\",\"bad\"]").body()).isEqualTo("{\"result\":\"a\uFFFD(b\"}");
    }

    // Upstash-Response-Format

    @Test
    void resp2FormatReturnsRawRespBytes() throws Exception {
        HttpResponse<String> ok = post("/", "[\"SET\",\"foo\",\"bar\"]", RESP2);
        assertResponse(ok, 200, "+OK\r\n");
        assertThat(ok.headers().firstValue("Content-Type")).hasValue("application/octet-stream");
        assertResponse(send("GET", "/get/foo", null, RESP2), 200, "$3\r\nbar\r\n");
        assertResponse(post("/", "[\"GET\",\"none\"]", RESP2), 200, "$-1\r\n");
        assertResponse(post("/", "[\"GET\"]", RESP2), 400, "-ERR wrong number of arguments for 'get' command\r\n");
        assertResponse(post("/pipeline", "[[\"INCR\",\"n\"],[\"MGET\",\"foo\",\"none\"],[\"INCR\",\"foo\"]]", RESP2),
                200, ":1\r\n*2\r\n$3\r\nbar\r\n$-1\r\n-ERR value is not an integer or out of range\r\n");
        assertResponse(post("/", "[\"GET\",\"foo\"]", "Authorization", "Bearer t", "Upstash-Response-Format", "json"),
                200, "{\"result\":\"bar\"}");
    }

    @Test
    void resp2FormatIsRefusedWhereItCannotApply() throws Exception {
        assertResponse(post("/", "[\"GET\",\"foo\"]", "Authorization", "Bearer t", "Upstash-Response-Format", "xml"),
                400, "{\"error\":\"ERR invalid Upstash-Response-Format, expected json or resp2\"}");
        assertResponse(
                post("/", "[\"GET\",\"foo\"]", "Authorization", "Bearer t", "Upstash-Response-Format", "resp2",
                        "Upstash-Encoding", "base64"),
                400,
                "{\"error\":\"ERR Upstash-Response-Format resp2 can not be combined with Upstash-Encoding base64\"}");
        assertResponse(post("/multi-exec", "[[\"GET\",\"foo\"]]", RESP2), 400,
                "{\"error\":\"ERR Upstash-Response-Format resp2 is not supported for multi-exec\"}");
    }

    // authentication

    @Test
    void missingOrWrongTokenIs401() throws Exception {
        String unauthorized = "{\"error\":\"WRONGPASS invalid or missing auth token\"}";
        assertResponse(send("POST", "/", "[\"PING\"]"), 401, unauthorized);
        assertResponse(send("POST", "/", "[\"PING\"]", "Authorization", "Bearer nope"), 401, unauthorized);
        assertResponse(send("POST", "/", "[\"PING\"]", "Authorization", "Basic dDp0"), 401, unauthorized);
        assertResponse(send("GET", "/ping?_token=nope", null), 401, unauthorized);
        assertResponse(send("GET", "/ping?_token=t", null, "Authorization", "Bearer nope"), 401, unauthorized);
        assertResponse(send("POST", "/pipeline", "[[\"PING\"]]"), 401, unauthorized);
        assertResponse(send("POST", "/", "[\"PING\"]", "Authorization", "bearer t"), 200, "{\"result\":\"PONG\"}");
    }

    @Test
    void serverWithoutTokenNeedsNoAuth() throws Exception {
        try (UnikvTestServer open = UnikvTestServer.builder().start()) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(open.restUrl() + "/"))
                .POST(BodyPublishers.ofString("[\"PING\"]"))
                .build();
            assertResponse(http.send(request, BodyHandlers.ofString()), 200, "{\"result\":\"PONG\"}");
        }
    }

    @Test
    void readOnlyTokenRefusesWritesKeysAndScan() throws Exception {
        post("/", "[\"SET\",\"k\",\"v\"]");
        assertResponse(post("/", "[\"GET\",\"k\"]", RO), 200, "{\"result\":\"v\"}");
        assertResponse(send("GET", "/get/k?_token=ro", null), 200, "{\"result\":\"v\"}");
        assertResponse(post("/", "[\"SET\",\"k\",\"w\"]", RO), 400,
                "{\"error\":\"NOPERM this user has no permissions to run the 'set' command or its subcommand\"}");
        assertResponse(post("/", "[\"keys\",\"*\"]", RO), 400,
                "{\"error\":\"NOPERM this user has no permissions to run the 'keys' command or its subcommand\"}");
        assertResponse(post("/", "[\"SCAN\",\"0\"]", RO), 400,
                "{\"error\":\"NOPERM this user has no permissions to run the 'scan' command or its subcommand\"}");
        assertResponse(post("/pipeline", "[[\"GET\",\"k\"],[\"INCR\",\"n\"]]", RO), 200, "[{\"result\":\"v\"},"
                + "{\"error\":\"NOPERM this user has no permissions to run the 'incr' command or its subcommand\"}]");
        assertResponse(post("/multi-exec", "[[\"GET\",\"k\"],[\"DEL\",\"k\"]]", RO), 400,
                "{\"error\":\"NOPERM this user has no permissions to run the 'del' command or its subcommand\"}");
        assertResponse(post("/", "[\"GET\",\"k\"]"), 200, "{\"result\":\"v\"}");
    }

    // status codes, limits, headers

    @Test
    void otherMethodsAre405() throws Exception {
        for (String method : List.of("DELETE", "PATCH", "TRACE")) {
            HttpResponse<String> response = send(method, "/get/k", null, AUTH);
            assertResponse(response, 405, "{\"error\":\"ERR method not allowed\"}");
            assertThat(response.headers().firstValue("Allow")).hasValue("GET, HEAD, POST, PUT, OPTIONS");
        }
    }

    @Test
    void headAnswersHeadersOnly() throws Exception {
        post("/", "[\"SET\",\"k\",\"value\"]");
        HttpResponse<String> head = send("HEAD", "/get/k", null, AUTH);
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertThat(head.headers().firstValueAsLong("Content-Length")).hasValue("{\"result\":\"value\"}".length());
    }

    @Test
    void requestsOverTheDefaultLimitAre413() throws Exception {
        byte[] body = new byte[10 * 1024 * 1024 + 1];
        Arrays.fill(body, (byte) 'x');
        HttpResponse<String> response = publish("POST", "/set/big", BodyPublishers.ofByteArray(body), AUTH);
        assertResponse(response, 413, "{\"error\":\"ERR max request size exceeded\"}");
        assertThat(response.headers().firstValue("upstash-sync-token")).isPresent();
        assertResponse(post("/", "[\"EXISTS\",\"big\"]"), 200, "{\"result\":0}");
        byte[] fits = Arrays.copyOf(body, 10 * 1024 * 1024 - 64);
        assertResponse(publish("POST", "/set/big", BodyPublishers.ofByteArray(fits), AUTH), 200, "{\"result\":\"OK\"}");
        assertResponse(post("/", "[\"STRLEN\",\"big\"]"), 200, "{\"result\":" + fits.length + "}");
    }

    @Test
    void oversizedRequestsKeepTheConnectionUsable() throws Exception {
        try (UnikvTestServer small = UnikvTestServer.builder().token("t").maxRequestBytes(64).start();
                RawHttp raw = new RawHttp(small.httpPort())) {
            String big = "[\"SET\",\"k\",\"" + "x".repeat(100) + "\"]";
            raw.write("POST / HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer t\r\nContent-Length: " + big.length()
                    + "\r\n\r\n" + big);
            raw.write(request("POST", "/", "[\"PING\"]"));
            RawHttp.Response tooLarge = raw.read();
            assertThat(tooLarge.status()).isEqualTo(413);
            assertThat(tooLarge.body()).isEqualTo("{\"error\":\"ERR max request size exceeded\"}");
            assertThat(tooLarge.headers()).containsKey("upstash-sync-token");
            assertThat(raw.read().body()).isEqualTo("{\"result\":\"PONG\"}");
            // Expect: 100-continue is refused before the body is sent
            raw.write("POST / HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer t\r\nExpect: 100-continue\r\n"
                    + "Content-Length: " + big.length() + "\r\n\r\n");
            RawHttp.Response refused = raw.read();
            assertThat(refused.status()).isEqualTo(413);
            assertThat(refused.body()).isEqualTo("{\"error\":\"ERR max request size exceeded\"}");
            // the client does not send the refused body: the next request follows at once
            raw.write(request("POST", "/", "[\"PING\"]"));
            assertThat(raw.read().body()).isEqualTo("{\"result\":\"PONG\"}");
        }
    }

    @Test
    void overlongRequestLineIs413AndClosesTheConnection() throws Exception {
        try (RawHttp raw = new RawHttp(server.httpPort())) {
            raw.write(request("GET", "/set/k/" + "x".repeat(11 * 1024 * 1024), null));
            RawHttp.Response response = raw.read();
            assertThat(response.status()).isEqualTo(413);
            assertThat(response.body()).isEqualTo("{\"error\":\"ERR max request size exceeded\"}");
            assertThat(raw.closedByServer()).isTrue();
        }
        assertResponse(post("/", "[\"EXISTS\",\"k\"]"), 200, "{\"result\":0}");
    }

    @Test
    void oversizedChunkedRequestIs413AndClosesTheConnection() throws Exception {
        try (UnikvTestServer small = UnikvTestServer.builder().maxRequestBytes(64).start();
                RawHttp raw = new RawHttp(small.httpPort())) {
            String chunk = "x".repeat(50);
            raw.write("POST /set/k HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n32\r\n" + chunk
                    + "\r\n32\r\n" + chunk + "\r\n0\r\n\r\n");
            RawHttp.Response response = raw.read();
            assertThat(response.status()).isEqualTo(413);
            assertThat(response.body()).isEqualTo("{\"error\":\"ERR max request size exceeded\"}");
            assertThat(raw.closedByServer()).isTrue();
        }
    }

    @Test
    void syncTokenIsOnEveryResponseAndGrowsWithWrites() throws Exception {
        HttpResponse<String> set = post("/", "[\"SET\",\"k\",\"v\"]");
        long afterSet = syncToken(set);
        assertThat(afterSet).isEqualTo(server.writeOffset());
        assertThat(syncToken(post("/", "[\"GET\",\"k\"]"))).isEqualTo(afterSet);
        long afterPipeline = syncToken(post("/pipeline", "[[\"SET\",\"a\",\"1\"],[\"SET\",\"b\",\"2\"]]"));
        assertThat(afterPipeline).isEqualTo(afterSet + 2);
        long afterTransaction = syncToken(post("/multi-exec", "[[\"INCR\",\"a\"]]"));
        assertThat(afterTransaction).isEqualTo(afterPipeline + 1);
        assertThat(syncToken(send("POST", "/", "[\"PING\"]"))).isEqualTo(afterTransaction);
        assertThat(syncToken(send("DELETE", "/", null))).isEqualTo(afterTransaction);
        assertThat(syncToken(send("OPTIONS", "/", null))).isEqualTo(afterTransaction);
        assertThat(syncToken(post("/", "[\"GET\"]"))).isEqualTo(afterTransaction);
        assertThat(syncToken(post("/", "[1,"))).isEqualTo(afterTransaction);
    }

    @Test
    void incomingSyncTokensAreAcceptedWhateverTheirValue() throws Exception {
        for (String token : List.of("", "0", "my-new-sync-token", "999999999999")) {
            assertResponse(post("/", "[\"SET\",\"k\",\"v\"]", "upstash-sync-token", token), 200, "{\"result\":\"OK\"}");
        }
    }

    @Test
    void corsPreflightAndHeaders() throws Exception {
        HttpResponse<String> preflight = send("OPTIONS", "/pipeline", null, "Origin", "https://app.example",
                "Access-Control-Request-Method", "POST", "Access-Control-Request-Headers",
                "authorization,content-type,upstash-encoding");
        assertThat(preflight.statusCode()).isEqualTo(204);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods"))
            .hasValue("GET, HEAD, POST, PUT, OPTIONS");
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Headers").orElseThrow()).contains(
                "Authorization", "Content-Type", "Upstash-Encoding", "Upstash-Response-Format", "upstash-sync-token");
        assertThat(preflight.headers().firstValue("Access-Control-Expose-Headers")).hasValue("upstash-sync-token");
        HttpResponse<String> response = post("/", "[\"PING\"]", "Origin", "https://app.example");
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        assertThat(response.headers().firstValue("Access-Control-Expose-Headers")).hasValue("upstash-sync-token");
        assertThat(send("POST", "/", "[\"PING\"]").headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
    }

    // connections

    @Test
    void keepAliveServesPipelinedRequestsInOrder() throws Exception {
        try (RawHttp raw = new RawHttp(server.httpPort())) {
            raw.write(request("POST", "/", "[\"SET\",\"k\",\"1\"]") + request("GET", "/nope-command", null)
                    + request("POST", "/pipeline", "[[\"INCR\",\"k\"],[\"INCR\",\"k\"]]") + request("DELETE", "/", null)
                    + request("GET", "/get/k", null));
            assertThat(raw.read().body()).isEqualTo("{\"result\":\"OK\"}");
            assertThat(raw.read().status()).isEqualTo(400);
            assertThat(raw.read().body()).isEqualTo("[{\"result\":2},{\"result\":3}]");
            assertThat(raw.read().status()).isEqualTo(405);
            RawHttp.Response last = raw.read();
            assertThat(last.body()).isEqualTo("{\"result\":\"3\"}");
            assertThat(last.headers()).doesNotContainEntry("connection", "close");
        }
    }

    @Test
    void http10WithoutKeepAliveIsClosedAfterTheAnswer() throws Exception {
        try (RawHttp raw = new RawHttp(server.httpPort())) {
            raw.write("GET /ping?_token=t HTTP/1.0\r\n\r\n");
            assertThat(raw.read().body()).isEqualTo("{\"result\":\"PONG\"}");
            assertThat(raw.closedByServer()).isTrue();
        }
    }

    @Test
    void malformedHttpIs400AndLeavesTheServerServing() throws Exception {
        try (RawHttp raw = new RawHttp(server.httpPort())) {
            raw.write("THIS IS NOT HTTP\r\nfoo\r\n\r\n");
            RawHttp.Response response = raw.read();
            assertThat(response.status()).isIn(400, 405);
        }
        try (RawHttp raw = new RawHttp(server.httpPort())) {
            raw.write("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: nope\r\n\r\n");
            RawHttp.Response response = raw.read();
            assertThat(response.status()).isEqualTo(400);
            assertThat(response.body()).isEqualTo("{\"error\":\"ERR malformed HTTP request\"}");
            assertThat(raw.closedByServer()).isTrue();
        }
        assertResponse(post("/", "[\"PING\"]"), 200, "{\"result\":\"PONG\"}");
    }

    @Test
    void h2cUpgradeRequestsAreAnsweredWithHttp11() throws Exception {
        HttpClient h2 = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.restUrl() + "/ping"))
            .header("Authorization", "Bearer t")
            .build();
        HttpResponse<String> response = h2.send(request, BodyHandlers.ofString());
        assertThat(response.version()).isEqualTo(HttpClient.Version.HTTP_1_1);
        assertResponse(response, 200, "{\"result\":\"PONG\"}");
    }

    @Test
    void injectedFaultsReachRestClients() throws Exception {
        server.faults().failNext(1, "ERR injected");
        assertResponse(post("/", "[\"GET\",\"k\"]"), 400, "{\"error\":\"ERR injected\"}");
        server.faults().dropConnectionAfterNext(1);
        assertThatIOException().isThrownBy(() -> post("/", "[\"SET\",\"dropped\",\"v\"]"));
        assertResponse(post("/", "[\"GET\",\"dropped\"]"), 200, "{\"result\":\"v\"}");
    }

    private static void awaitBlockedClients(int count) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!post("/", "[\"INFO\",\"clients\"]").body().contains("blocked_clients:" + count)) {
            assertThat(System.nanoTime()).as("waiting for %d blocked clients", count).isLessThan(deadline);
        }
    }

    private static void assertResponse(HttpResponse<String> response, int status, String body) {
        assertThat(response.body()).isEqualTo(body);
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("upstash-sync-token")).isPresent();
    }

    private static long syncToken(HttpResponse<?> response) {
        return Long.parseLong(response.headers().firstValue("upstash-sync-token").orElseThrow());
    }

    private static String request(String method, String path, @Nullable String body) {
        String content = (body != null) ? body : "";
        return method + " " + path + " HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer t\r\nContent-Length: "
                + content.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + content;
    }

    private static HttpResponse<String> post(String path, String body, String... headers)
            throws IOException, InterruptedException {
        List<String> all = new ArrayList<>(Arrays.asList(headers));
        if (!all.contains("Authorization")) {
            all.addAll(0, List.of(AUTH));
        }
        return send("POST", path, body, all.toArray(new String[0]));
    }

    private static HttpResponse<String> send(String method, String path, @Nullable String body, String... headers)
            throws IOException, InterruptedException {
        return publish(method, path, (body != null) ? BodyPublishers.ofString(body) : BodyPublishers.noBody(), headers);
    }

    private static HttpResponse<String> publish(String method, String path, BodyPublisher body, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(server.restUrl() + path))
            .timeout(Duration.ofSeconds(30))
            .method(method, body);
        for (int i = 0; i < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return http.send(builder.build(), BodyHandlers.ofString());
    }

}
