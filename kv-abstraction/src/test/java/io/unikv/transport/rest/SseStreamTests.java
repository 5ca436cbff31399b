package io.unikv.transport.rest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Flow;

import io.unikv.KvConnectionException;
import io.unikv.transport.TransportPubSub;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link SseStream}: parsing Upstash's pub/sub event streams line by line.
 *
 * @author unikv authors
 */
class SseStreamTests {

    private final List<String> received = new ArrayList<>();

    private final List<String> ended = new ArrayList<>();

    private final List<SseStream> removed = new ArrayList<>();

    private final TransportPubSub.Handler handler = new TransportPubSub.Handler() {

        @Override
        public void message(byte @Nullable [] pattern, byte[] channel, byte[] message) {
            SseStreamTests.this.received
                .add(((pattern != null) ? text(pattern) + " " : "") + text(channel) + " = " + text(message));
        }

        @Override
        public void closed(@Nullable Throwable cause) {
            SseStreamTests.this.ended.add(String.valueOf(cause));
        }

    };

    private SseStream stream(TransportPubSub.Kind kind, String... names) {
        List<byte[]> bytes = new ArrayList<>();
        for (String name : names) {
            bytes.add(name.getBytes(StandardCharsets.UTF_8));
        }
        SseStream stream = new SseStream(kind, bytes, this.handler, this.removed::add);
        stream.onSubscribe(new Flow.Subscription() {
            @Override
            public void request(long n) {
            }

            @Override
            public void cancel() {
            }
        });
        return stream;
    }

    private static void lines(SseStream stream, String... lines) {
        for (String line : lines) {
            stream.onNext(line);
        }
    }

    @Test
    void confirmsOnceEveryNameIsSubscribed() {
        SseStream stream = stream(TransportPubSub.Kind.CHANNEL, "a", "b");
        lines(stream, "data: subscribe,a,1", "");
        assertThat(stream.confirmed()).isNotDone();
        lines(stream, "data: subscribe,b,2", "");
        assertThat(stream.confirmed()).isCompleted();
    }

    @Test
    void messagesWithCommasAndBlankLineTerminators() {
        SseStream stream = stream(TransportPubSub.Kind.CHANNEL, "news");
        lines(stream, "data: subscribe,news,1", "", ": keepalive", "", "data: message,news,hello, world", "");
        assertThat(this.received).containsExactly("news = hello, world");
    }

    @Test
    void eventsWithoutBlankLinesEndWhenTheNextStarts() {
        SseStream stream = stream(TransportPubSub.Kind.CHANNEL, "news");
        lines(stream, "data: subscribe,news,1", "data: message,news,one", "data: message,news,two");
        assertThat(stream.confirmed()).isCompleted();
        assertThat(this.received).containsExactly("news = one");
        stream.onComplete();
        assertThat(this.received).containsExactly("news = one", "news = two");
        assertThat(this.ended).containsExactly("null");
    }

    @Test
    void continuationLinesJoinAMultiLineMessage() {
        SseStream stream = stream(TransportPubSub.Kind.CHANNEL, "news");
        lines(stream, "data: subscribe,news,1", "", "data: message,news,line 1", "data: line 2", "");
        assertThat(this.received).containsExactly("news = line 1\nline 2");
    }

    @Test
    void subscribedChannelNamesMayContainCommas() {
        SseStream stream = stream(TransportPubSub.Kind.CHANNEL, "a,b");
        lines(stream, "data: subscribe,a,b,1", "", "data: message,a,b,payload, with comma", "");
        assertThat(stream.confirmed()).isCompleted();
        assertThat(this.received).containsExactly("a,b = payload, with comma");
    }

    @Test
    void patternMessagesCarryPatternAndChannel() {
        SseStream stream = stream(TransportPubSub.Kind.PATTERN, "user:*");
        lines(stream, "data: psubscribe,user:*,1", "", "data: pmessage,user:*,user:1,{\"a\":1}", "");
        assertThat(this.received).containsExactly("user:* user:1 = {\"a\":1}");
    }

    @Test
    void unknownEventsAndOtherLinesAreSkipped() {
        SseStream stream = stream(TransportPubSub.Kind.CHANNEL, "c");
        lines(stream, "event: ping", "id: 7", "data: subscribe,c,1", "", "data: unsubscribe,c,0", "", "data:nothing",
                "");
        assertThat(this.received).isEmpty();
        assertThat(stream.confirmed()).isCompleted();
    }

    @Test
    void nothingIsDeliveredAfterClose() {
        SseStream stream = stream(TransportPubSub.Kind.CHANNEL, "c");
        lines(stream, "data: subscribe,c,1", "");
        stream.close();
        lines(stream, "data: message,c,late", "");
        stream.onComplete();
        assertThat(this.received).isEmpty();
        assertThat(this.ended).isEmpty();
        assertThat(this.removed).containsExactly(stream);
    }

    @Test
    void aStreamEndingBeforeConfirmationFailsTheSubscription() {
        SseStream stream = stream(TransportPubSub.Kind.CHANNEL, "c");
        stream.onError(new java.io.IOException("reset"));
        assertThat(stream.confirmed()).failsWithin(java.time.Duration.ZERO)
            .withThrowableOfType(java.util.concurrent.ExecutionException.class)
            .withCauseInstanceOf(KvConnectionException.class);
        assertThat(this.ended).isEmpty();
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

}
