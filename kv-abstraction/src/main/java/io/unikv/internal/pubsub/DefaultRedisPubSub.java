package io.unikv.internal.pubsub;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

import io.unikv.KvException;
import io.unikv.codec.KvCodec;
import io.unikv.internal.CommandExecutor;
import io.unikv.internal.Converters;
import io.unikv.internal.Futures;
import io.unikv.internal.TypedCommand;
import io.unikv.pubsub.Message;
import io.unikv.pubsub.MessageListener;
import io.unikv.pubsub.RedisPubSub;
import io.unikv.pubsub.Subscription;
import io.unikv.transport.Command;
import io.unikv.transport.Reply;
import io.unikv.transport.Transport;
import io.unikv.transport.TransportPubSub;
import org.jspecify.annotations.Nullable;

/**
 * {@link RedisPubSub} over a store's transport: PUBLISH, SPUBLISH and PUBSUB run through
 * the store's command executor (the full decorator pipeline; they count as writes, so
 * they reach the primary, where subscriptions live); subscriptions go to the transport's
 * {@link TransportPubSub}, and each subscription's messages reach its listener in order
 * on a pool thread. Thread-safe.
 *
 * @author unikv authors
 */
public final class DefaultRedisPubSub implements RedisPubSub {

    private final Transport transport;

    private final CommandExecutor executor;

    private final KvCodec codec;

    private final Executor pool;

    /**
     * Create the pub/sub view of a store.
     * @param transport the store's transport, for subscriptions
     * @param executor the store's executor, for commands
     * @param codec the store's codec
     */
    public DefaultRedisPubSub(Transport transport, CommandExecutor executor, KvCodec codec) {
        this.transport = transport;
        this.executor = executor;
        this.codec = codec;
        this.pool = ForkJoinPool.commonPool();
    }

    @Override
    public long publish(String channel, Object message) {
        return Futures.await(publishAsync(channel, message));
    }

    @Override
    public CompletableFuture<Long> publishAsync(String channel, Object message) {
        return this.executor.execute(new TypedCommand<>(Command.write("PUBLISH", channel, this.codec.encode(message)),
                Converters.integer()));
    }

    @Override
    public long spublish(String shardChannel, Object message) {
        return Futures.await(this.executor.execute(new TypedCommand<>(
                Command.write("SPUBLISH", shardChannel, this.codec.encode(message)), Converters.integer())));
    }

    @Override
    public Subscription subscribe(MessageListener listener, String... channels) {
        return Futures.await(subscribeAsync(listener, channels));
    }

    @Override
    public Subscription psubscribe(MessageListener listener, String... patterns) {
        return Futures.await(psubscribeAsync(listener, patterns));
    }

    @Override
    public Subscription ssubscribe(MessageListener listener, String... shardChannels) {
        return Futures.await(open(TransportPubSub.Kind.SHARD, listener, shardChannels));
    }

    @Override
    public CompletableFuture<Subscription> subscribeAsync(MessageListener listener, String... channels) {
        return open(TransportPubSub.Kind.CHANNEL, listener, channels);
    }

    @Override
    public CompletableFuture<Subscription> psubscribeAsync(MessageListener listener, String... patterns) {
        return open(TransportPubSub.Kind.PATTERN, listener, patterns);
    }

    @Override
    public List<String> channels(String pattern) {
        return Futures.await(this.executor.execute(new TypedCommand<>(Command.write("PUBSUB", "CHANNELS", pattern),
                Converters.list((reply) -> reply.asString()))));
    }

    @Override
    public Map<String, Long> numsub(String... channels) {
        Object[] args = new Object[channels.length + 1];
        args[0] = "NUMSUB";
        System.arraycopy(channels, 0, args, 1, channels.length);
        Function<Reply, Map<String, Long>> converter = Converters.map(Converters.integer());
        return Futures.await(this.executor.execute(new TypedCommand<>(Command.write("PUBSUB", args), converter)));
    }

    @Override
    public long numpat() {
        return Futures
            .await(this.executor.execute(new TypedCommand<>(Command.write("PUBSUB", "NUMPAT"), Converters.integer())));
    }

    private CompletableFuture<Subscription> open(TransportPubSub.Kind kind, MessageListener listener, String... names) {
        if (names.length == 0) {
            throw new IllegalArgumentException("At least one channel or pattern is required");
        }
        TransportPubSub pubSub = this.transport.pubSub()
            .orElseThrow(() -> new KvException(
                    "The transport " + this.transport.description() + " does not support pub/sub subscriptions"));
        List<byte[]> bytes = new ArrayList<>(names.length);
        for (String name : names) {
            bytes.add(name.getBytes(StandardCharsets.UTF_8));
        }
        ActiveSubscription subscription = new ActiveSubscription(List.of(names));
        SerialDelivery delivery = new SerialDelivery(this.pool);
        TransportPubSub.Handler handler = new TransportPubSub.Handler() {

            @Override
            public void message(byte @Nullable [] pattern, byte[] channel, byte[] message) {
                Message received = new Message(new String(channel, StandardCharsets.UTF_8),
                        (pattern != null) ? new String(pattern, StandardCharsets.UTF_8) : null, message,
                        DefaultRedisPubSub.this.codec);
                delivery.execute(() -> {
                    if (subscription.isActive()) {
                        listener.onMessage(received);
                    }
                });
            }

            @Override
            public void closed(@Nullable Throwable cause) {
                subscription.ended();
            }

        };
        return pubSub.subscribe(kind, bytes, handler).thenApply((opened) -> {
            subscription.attach(opened);
            return subscription;
        });
    }

    /**
     * A subscription as callers see it.
     */
    private static final class ActiveSubscription implements Subscription {

        private final List<String> names;

        private final AtomicBoolean active = new AtomicBoolean(true);

        private volatile TransportPubSub.@Nullable Subscription opened;

        ActiveSubscription(List<String> names) {
            this.names = names;
        }

        void attach(TransportPubSub.Subscription opened) {
            this.opened = opened;
            if (!this.active.get()) {
                opened.close();
            }
        }

        void ended() {
            this.active.set(false);
        }

        @Override
        public List<String> names() {
            return this.names;
        }

        @Override
        public boolean isActive() {
            return this.active.get();
        }

        @Override
        public void close() {
            this.active.set(false);
            TransportPubSub.Subscription current = this.opened;
            if (current != null) {
                current.close();
            }
        }

        @Override
        public String toString() {
            return "Subscription" + this.names + (isActive() ? "" : " (closed)");
        }

    }

}
