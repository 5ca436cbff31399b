package io.unikv.testserver.internal.rest;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.unikv.testserver.UnikvTestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The REST server-sent event endpoints ({@code /subscribe}, {@code /psubscribe},
 * {@code /monitor}, spec §1.7) driven over raw HTTP: event format, headers, keepalives,
 * authentication, clean-up when the client goes away, and streams on a replica region.
 *
 * @author unikv authors
 */
@Timeout(60)
class SseIntegrationTests {

    private static UnikvTestServer server;

    private static RedisClient redisClient;

    private static StatefulRedisConnection<String, String> connection;

    @BeforeAll
    static void start() {
        server = UnikvTestServer.builder()
            .token("t")
            .readOnlyToken("ro")
            .regions("us-east-1", "eu-west-1")
            .sseKeepAlive(Duration.ofMillis(50))
            .start();
        redisClient = RedisClient.create(server.redisUri().replace("redis://", "redis://t@"));
        connection = redisClient.connect();
    }

    @AfterAll
    static void stop() {
        redisClient.shutdown();
        server.close();
    }

    @Test
    void subscribeStreamsConfirmationAndMessages() throws Exception {
        try (SseProbe stream = new SseProbe(server.restUrl(), "/subscribe/news", "t")) {
            assertThat(stream.status()).isEqualTo(200);
            assertThat(stream.headers()).containsEntry("content-type", "text/event-stream")
                .containsEntry("cache-control", "no-cache")
                .containsEntry("transfer-encoding", "chunked");
            assertThat(stream.event()).isEqualTo("subscribe,news,1");
            RedisCommands<String, String> redis = connection.sync();
            assertThat(redis.publish("news", "hello, world")).isEqualTo(1);
            assertThat(stream.event()).isEqualTo("message,news,hello, world");
            assertThat(publishOverRest("news", "{\"json\":[1,2]}")).isEqualTo("{\"result\":1}");
            assertThat(stream.event()).isEqualTo("message,news,{\"json\":[1,2]}");
            // a line break cannot be part of one data line: SSE continues the event
            redis.publish("news", "line1\nline2");
            assertThat(stream.event()).isEqualTo("message,news,line1");
            assertThat(stream.line()).isEqualTo("data: line2");
        }
    }

    @Test
    void severalChannelsAndEncodedNames() throws Exception {
        try (SseProbe stream = new SseProbe(server.restUrl(), "/subscribe/chat%20room/b", "t")) {
            assertThat(stream.event()).isEqualTo("subscribe,chat room,1");
            assertThat(stream.event()).isEqualTo("subscribe,b,2");
            connection.sync().publish("b", "x");
            connection.sync().publish("chat room", "y");
            assertThat(stream.event()).isEqualTo("message,b,x");
            assertThat(stream.event()).isEqualTo("message,chat room,y");
        }
    }

    @Test
    void psubscribeStreamsPatternMessages() throws Exception {
        try (SseProbe stream = new SseProbe(server.restUrl(), "/psubscribe/user:*", "t")) {
            assertThat(stream.event()).isEqualTo("psubscribe,user:*,1");
            assertThat(connection.sync().publish("user:1", "joined")).isEqualTo(1);
            assertThat(connection.sync().publish("other", "ignored")).isZero();
            assertThat(connection.sync().publish("user:2", "left")).isEqualTo(1);
            assertThat(stream.event()).isEqualTo("pmessage,user:*,user:1,joined");
            assertThat(stream.event()).isEqualTo("pmessage,user:*,user:2,left");
        }
    }

    @Test
    void idleStreamsGetKeepaliveComments() throws Exception {
        try (SseProbe stream = new SseProbe(server.restUrl(), "/subscribe/quiet", "t")) {
            assertThat(stream.event()).isEqualTo("subscribe,quiet,1");
            String line;
            do {
                line = stream.line();
            }
            while (line != null && line.isEmpty());
            assertThat(line).isEqualTo(": keepalive");
        }
    }

    @Test
    void subscriptionEndsWhenTheClientGoesAway() throws Exception {
        RedisCommands<String, String> redis = connection.sync();
        SseProbe stream = new SseProbe(server.restUrl(), "/subscribe/leaving", "t");
        assertThat(stream.event()).isEqualTo("subscribe,leaving,1");
        assertThat(redis.pubsubNumsub("leaving")).containsEntry("leaving", 1L);
        stream.close();
        awaitSubscribers("leaving", 0);
        assertThat(redis.publish("leaving", "nobody")).isZero();
    }

    @Test
    void monitorStreamsCommandsOfEveryClient() throws Exception {
        try (SseProbe stream = new SseProbe(server.restUrl(), "/monitor", "t")) {
            assertThat(stream.event()).isEqualTo("\"OK\"");
            connection.sync().set("monitored", "v");
            assertThat(stream.event())
                .matches("\\d+\\.\\d{6} \\[0 127\\.0\\.0\\.1:\\d+\\] \"SET\" \"monitored\" \"v\"");
            publishOverRest("ch", "m");
            assertThat(stream.event()).matches("\\d+\\.\\d{6} \\[0 127\\.0\\.0\\.1:\\d+\\] \"publish\" \"ch\" \"m\"");
        }
    }

    @Test
    void streamsNeedAToken() throws Exception {
        try (SseProbe stream = new SseProbe(server.restUrl(), "/subscribe/news", "wrong")) {
            assertThat(stream.status()).isEqualTo(401);
            assertThat(stream.body()).contains("\"error\"");
        }
        try (SseProbe stream = new SseProbe(server.restUrl(), "/subscribe/news", null)) {
            assertThat(stream.status()).isEqualTo(401);
        }
    }

    @Test
    void readOnlyTokenMaySubscribeButNotMonitor() throws Exception {
        try (SseProbe stream = new SseProbe(server.restUrl(), "/subscribe/ro-news", "ro")) {
            assertThat(stream.event()).isEqualTo("subscribe,ro-news,1");
        }
        try (SseProbe stream = new SseProbe(server.restUrl(), "/monitor", "ro")) {
            assertThat(stream.event()).startsWith("error,NOPERM");
        }
    }

    @Test
    void replicaRegionStreamsSubscribeOnThePrimary() throws Exception {
        String replica = server.region("eu-west-1").restUrl();
        try (SseProbe stream = new SseProbe(replica, "/subscribe/global", "t")) {
            assertThat(stream.event()).isEqualTo("subscribe,global,1");
            assertThat(connection.sync().publish("global", "from primary")).isEqualTo(1);
            assertThat(stream.event()).isEqualTo("message,global,from primary");
            HttpRequest publish = HttpRequest.newBuilder(URI.create(replica + "/publish/global/via-replica"))
                .header("Authorization", "Bearer t")
                .POST(HttpRequest.BodyPublishers.noBody())
                .build();
            assertThat(HttpClient.newHttpClient().send(publish, HttpResponse.BodyHandlers.ofString()).body())
                .isEqualTo("{\"result\":1}");
            assertThat(stream.event()).isEqualTo("message,global,via-replica");
        }
    }

    private static String publishOverRest(String channel, String message) throws Exception {
        String body = "[\"publish\",\"" + channel + "\"," + quote(message) + "]";
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.restUrl()))
            .header("Authorization", "Bearer t")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static void awaitSubscribers(String channel, long count) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (true) {
            Map<String, Long> numsub = connection.sync().pubsubNumsub(channel);
            if (numsub.get(channel) == count) {
                return;
            }
            assertThat(System.nanoTime()).as("waiting for %d subscribers of %s", count, channel).isLessThan(deadline);
        }
    }

}
