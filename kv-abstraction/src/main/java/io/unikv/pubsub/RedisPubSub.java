package io.unikv.pubsub;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import io.unikv.KvException;
import io.unikv.KvServerException;

/**
 * Redis pub/sub on any backend that supports it ({@link io.unikv.RedisStore#pubSub()}):
 * publishing is an ordinary command; each subscription holds a connection of its own (a
 * Lettuce pub/sub connection over RESP, an Upstash server-sent event stream over REST).
 * Payloads go through the store's codec: {@code publish("news", article)} encodes like
 * {@code set}, and {@link Message#value(Class)} decodes like {@code get}.
 *
 * <pre class="code">
 * try (Subscription subscription = store.pubSub().subscribe((message) -&gt; log(message.text()), "news")) {
 *     store.pubSub().publish("news", "hello");
 * }
 * </pre> Backends: RESP (standalone, cluster, regional) supports everything; REST
 * supports channels and patterns but no shard channels, and carries payloads as text. In
 * a regional setup, subscriptions and PUBLISH go to the primary region. Thread-safe.
 *
 * @author unikv authors
 */
public interface RedisPubSub {

    /**
     * Publish a message ({@code PUBLISH}).
     * @param channel the channel
     * @param message the message, encoded with the store's codec
     * @return the number of subscribers that received it (on a cluster: those connected
     * to the node that took the command)
     * @throws KvException if the command fails
     */
    long publish(String channel, Object message);

    /**
     * Publish a message without blocking; see {@link #publish(String, Object)}.
     * @param channel the channel
     * @param message the message
     * @return the number of receivers
     */
    CompletableFuture<Long> publishAsync(String channel, Object message);

    /**
     * Publish a message to a shard channel ({@code SPUBLISH}, Redis 7).
     * @param shardChannel the shard channel
     * @param message the message, encoded with the store's codec
     * @return the number of subscribers that received it
     * @throws KvServerException if the server does not know the command
     */
    long spublish(String shardChannel, Object message);

    /**
     * Subscribe to channels ({@code SUBSCRIBE}). Returns once the server confirmed the
     * subscription, so messages published afterwards are received.
     * @param listener receives the messages
     * @param channels the channels, at least one
     * @return the subscription; close it to unsubscribe
     * @throws KvException if the backend has no pub/sub or the subscription fails
     * @throws IllegalArgumentException if no channel is given
     */
    Subscription subscribe(MessageListener listener, String... channels);

    /**
     * Subscribe to glob-style patterns ({@code PSUBSCRIBE}); {@link Message#pattern()}
     * tells which pattern matched.
     * @param listener receives the messages
     * @param patterns the patterns, at least one
     * @return the subscription; close it to unsubscribe
     * @throws KvException if the backend has no pub/sub or the subscription fails
     * @throws IllegalArgumentException if no pattern is given
     */
    Subscription psubscribe(MessageListener listener, String... patterns);

    /**
     * Subscribe to shard channels ({@code SSUBSCRIBE}, Redis 7; RESP only).
     * @param listener receives the messages
     * @param shardChannels the shard channels, at least one (in a cluster, of one slot)
     * @return the subscription; close it to unsubscribe
     * @throws KvException if the backend has no shard channels or the subscription fails
     * @throws IllegalArgumentException if no channel is given
     */
    Subscription ssubscribe(MessageListener listener, String... shardChannels);

    /**
     * Subscribe to channels without blocking; see
     * {@link #subscribe(MessageListener, String...)}.
     * @param listener receives the messages
     * @param channels the channels
     * @return the subscription, once confirmed
     */
    CompletableFuture<Subscription> subscribeAsync(MessageListener listener, String... channels);

    /**
     * Subscribe to patterns without blocking; see
     * {@link #psubscribe(MessageListener, String...)}.
     * @param listener receives the messages
     * @param patterns the patterns
     * @return the subscription, once confirmed
     */
    CompletableFuture<Subscription> psubscribeAsync(MessageListener listener, String... patterns);

    /**
     * List the channels with subscribers ({@code PUBSUB CHANNELS}).
     * @param pattern a glob-style pattern, {@code *} for all
     * @return the channels, in the server's order
     */
    List<String> channels(String pattern);

    /**
     * Count the subscribers of channels ({@code PUBSUB NUMSUB}), pattern subscriptions
     * excluded.
     * @param channels the channels
     * @return each channel's count, in the order given
     */
    Map<String, Long> numsub(String... channels);

    /**
     * Count the patterns with subscribers ({@code PUBSUB NUMPAT}).
     * @return the count
     */
    long numpat();

}
