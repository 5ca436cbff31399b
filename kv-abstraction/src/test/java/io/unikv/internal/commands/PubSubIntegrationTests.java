package io.unikv.internal.commands;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import io.unikv.KvException;
import io.unikv.RedisStore;
import io.unikv.codec.KvCodec;
import io.unikv.pubsub.Message;
import io.unikv.pubsub.RedisPubSub;
import io.unikv.pubsub.Subscription;
import io.unikv.transport.Transport;
import io.unikv.transport.rest.RestTransport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * {@link io.unikv.internal.pubsub.DefaultRedisPubSub} through a real {@link RedisStore}:
 * the listener API every backend meets (RESP through a dedicated Lettuce pub/sub
 * connection, REST through an Upstash event stream), run once per backend by the
 * subclasses. In a cluster a PUBLISH reaches every node's subscribers but counts only
 * those of the node that took it, and PUBSUB answers for one node, so those counts are
 * checked elsewhere.
 *
 * @author unikv authors
 */
@Timeout(60)
abstract class PubSubIntegrationTests extends BackendTestSupport {

    private static final long WAIT_SECONDS = 10;

    private final List<Subscription> subscriptions = new ArrayList<>();

    private Transport backend;

    @org.junit.jupiter.api.BeforeEach
    void describeBackend() {
        this.backend = openTransport();
    }

    private RedisPubSub pubSub() {
        return this.store.pubSub();
    }

    private Subscription track(Subscription subscription) {
        this.subscriptions.add(subscription);
        return subscription;
    }

    @org.junit.jupiter.api.AfterEach
    void closeSubscriptions() {
        this.subscriptions.forEach(Subscription::close);
    }

    @Test
    void subscribeReceivesMessagesInOrder() throws Exception {
        BlockingQueue<Message> received = new LinkedBlockingQueue<>();
        Subscription subscription = track(pubSub().subscribe(received::add, "ps:news"));
        assertThat(subscription.names()).containsExactly("ps:news");
        assertThat(subscription.isActive()).isTrue();
        for (int i = 0; i < 20; i++) {
            long receivers = pubSub().publish("ps:news", "message " + i + ", with a comma");
            if (!clustered()) {
                assertThat(receivers).isEqualTo(1);
            }
        }
        for (int i = 0; i < 20; i++) {
            Message message = next(received);
            assertThat(message.channel()).isEqualTo("ps:news");
            assertThat(message.pattern()).isNull();
            assertThat(message.text()).isEqualTo("message " + i + ", with a comma");
        }
    }

    @Test
    void payloadsGoThroughTheCodec() throws Exception {
        RedisStore json = store(KvCodec.json());
        BlockingQueue<Message> received = new LinkedBlockingQueue<>();
        track(json.pubSub().subscribe(received::add, "ps:people"));
        json.pubSub().publish("ps:people", new Person("Ada", 36));
        Message message = next(received);
        assertThat(message.value(Person.class)).isEqualTo(new Person("Ada", 36));
        assertThat(message.text()).isEqualTo("{\"name\":\"Ada\",\"age\":36}");
    }

    @Test
    void psubscribeTellsWhichPatternMatched() throws Exception {
        BlockingQueue<Message> received = new LinkedBlockingQueue<>();
        Subscription subscription = track(pubSub().psubscribe(received::add, "ps:user:*", "ps:other:?"));
        assertThat(subscription.names()).containsExactly("ps:user:*", "ps:other:?");
        pubSub().publish("ps:nobody", "ignored");
        pubSub().publish("ps:user:42", "joined");
        pubSub().publish("ps:other:x", "x");
        Message first = next(received);
        assertThat(first.pattern()).isEqualTo("ps:user:*");
        assertThat(first.channel()).isEqualTo("ps:user:42");
        assertThat(first.text()).isEqualTo("joined");
        Message second = next(received);
        assertThat(second.pattern()).isEqualTo("ps:other:?");
        assertThat(second.channel()).isEqualTo("ps:other:x");
    }

    @Test
    void unusualNamesAndMultiLineMessages() throws Exception {
        BlockingQueue<Message> received = new LinkedBlockingQueue<>();
        String channel = "ps:a/b c,d:\u00e9\u2713";
        track(pubSub().subscribe(received::add, channel));
        pubSub().publish(channel, "line 1\nline 2, with \"quotes\"");
        pubSub().publish(channel, "");
        Message message = next(received);
        assertThat(message.channel()).isEqualTo(channel);
        assertThat(message.text()).isEqualTo("line 1\nline 2, with \"quotes\"");
        assertThat(next(received).text()).isEmpty();
    }

    @Test
    void oneSubscriptionForSeveralChannels() throws Exception {
        BlockingQueue<Message> received = new LinkedBlockingQueue<>();
        track(pubSub().subscribe(received::add, "ps:a", "ps:b"));
        pubSub().publish("ps:b", "to b");
        pubSub().publish("ps:a", "to a");
        assertThat(List.of(next(received).channel(), next(received).channel())).containsExactly("ps:b", "ps:a");
    }

    @Test
    void closingUnsubscribes() throws Exception {
        BlockingQueue<Message> received = new LinkedBlockingQueue<>();
        Subscription subscription = pubSub().subscribe(received::add, "ps:closing");
        if (!clustered()) {
            assertThat(pubSub().numsub("ps:closing")).containsEntry("ps:closing", 1L);
        }
        subscription.close();
        subscription.close();
        assertThat(subscription.isActive()).isFalse();
        if (!clustered()) {
            awaitSubscribers("ps:closing", 0);
            assertThat(pubSub().publish("ps:closing", "nobody")).isZero();
        }
        // a later subscriber gets later messages only: the closed one none at all
        BlockingQueue<Message> later = new LinkedBlockingQueue<>();
        track(pubSub().subscribe(later::add, "ps:closing"));
        pubSub().publish("ps:closing", "after");
        assertThat(next(later).text()).isEqualTo("after");
        assertThat(received).isEmpty();
    }

    @Test
    void listenersMayCallTheStoreAndSurviveTheirOwnFailures() throws Exception {
        BlockingQueue<String> seen = new LinkedBlockingQueue<>();
        track(pubSub().subscribe((message) -> {
            if (message.text().equals("fail")) {
                throw new IllegalStateException("listener failure");
            }
            // a blocking store call: listeners never run on a transport I/O thread
            this.store.set("ps:last", message.text());
            seen.add(this.store.get("ps:last"));
        }, "ps:work"));
        pubSub().publish("ps:work", "fail");
        pubSub().publish("ps:work", "one");
        pubSub().publish("ps:work", "two");
        assertThat(seen.poll(WAIT_SECONDS, TimeUnit.SECONDS)).isEqualTo("one");
        assertThat(seen.poll(WAIT_SECONDS, TimeUnit.SECONDS)).isEqualTo("two");
    }

    @Test
    void asyncSubscribeAndPublish() throws Exception {
        BlockingQueue<Message> received = new LinkedBlockingQueue<>();
        CompletableFuture<Subscription> subscribing = this.store.async()
            .pubSub()
            .subscribeAsync(received::add, "ps:async");
        Subscription subscription = track(subscribing.get(WAIT_SECONDS, TimeUnit.SECONDS));
        CompletableFuture<Long> published = this.store.async().pubSub().publishAsync("ps:async", "hi");
        long receivers = published.get(WAIT_SECONDS, TimeUnit.SECONDS);
        if (!clustered()) {
            assertThat(receivers).isEqualTo(1);
        }
        assertThat(next(received).text()).isEqualTo("hi");
        assertThat(subscription.isActive()).isTrue();
    }

    @Test
    void introspection() {
        assumeFalse(clustered(), "PUBSUB answers for one node of a cluster");
        track(pubSub().subscribe((message) -> {
        }, "ps:intro:1"));
        track(pubSub().psubscribe((message) -> {
        }, "ps:intro:*"));
        assertThat(pubSub().channels("ps:intro:*")).containsExactly("ps:intro:1");
        assertThat(pubSub().channels("nothing*")).isEmpty();
        Map<String, Long> counts = pubSub().numsub("ps:intro:1", "ps:intro:2");
        assertThat(counts).containsExactly(Map.entry("ps:intro:1", 1L), Map.entry("ps:intro:2", 0L));
        assertThat(pubSub().numpat()).isEqualTo(1);
    }

    /**
     * Whether the backend has shard channels (REST and Spring's subscriptions do not).
     * @return whether SSUBSCRIBE is available
     */
    boolean shardChannelsAvailable() {
        return !isRest();
    }

    @Test
    void shardChannels() throws Exception {
        assumeTrue(shardChannelsAvailable(), "no shard channels on this backend");
        BlockingQueue<Message> received = new LinkedBlockingQueue<>();
        track(pubSub().ssubscribe(received::add, "ps:{shard}:1"));
        assertThat(pubSub().spublish("ps:{shard}:1", "sharded")).isEqualTo(1);
        Message message = next(received);
        assertThat(message.channel()).isEqualTo("ps:{shard}:1");
        assertThat(message.text()).isEqualTo("sharded");
    }

    @Test
    void shardChannelsAreRefusedOverRest() {
        assumeTrue(isRest(), "REST only");
        assertThatExceptionOfType(KvException.class).isThrownBy(() -> pubSub().ssubscribe((message) -> {
        }, "ps:shard")).withMessageContaining("not available over the Upstash REST protocol");
    }

    @Test
    void namesAreRequired() {
        assertThatIllegalArgumentException().isThrownBy(() -> pubSub().subscribe((message) -> {
        }));
        assertThatIllegalArgumentException().isThrownBy(() -> pubSub().psubscribe((message) -> {
        }));
    }

    @Test
    void closingTheTransportEndsItsSubscriptions() throws Exception {
        Transport transport = openTransport();
        RedisStore other = RedisStore.builder().transport(transport).codec(KvCodec.string()).build();
        Subscription subscription = other.pubSub().subscribe((message) -> {
        }, "ps:ending");
        transport.close();
        long deadline = System.nanoTime() + Duration.ofSeconds(WAIT_SECONDS).toNanos();
        while (subscription.isActive()) {
            assertThat(System.nanoTime()).as("waiting for the subscription to end").isLessThan(deadline);
            Thread.onSpinWait();
        }
        if (!clustered()) {
            awaitSubscribers("ps:ending", 0);
        }
    }

    private boolean isRest() {
        return this.backend instanceof RestTransport;
    }

    private boolean clustered() {
        return this.backend.clustered();
    }

    private void awaitSubscribers(String channel, long count) {
        long deadline = System.nanoTime() + Duration.ofSeconds(WAIT_SECONDS).toNanos();
        while (pubSub().numsub(channel).get(channel) != count) {
            assertThat(System.nanoTime()).as("waiting for %d subscribers of %s", count, channel).isLessThan(deadline);
        }
    }

    private static Message next(BlockingQueue<Message> queue) throws InterruptedException {
        Message message = queue.poll(WAIT_SECONDS, TimeUnit.SECONDS);
        assertThat(message).as("a message within %d s", WAIT_SECONDS).isNotNull();
        return message;
    }

}
