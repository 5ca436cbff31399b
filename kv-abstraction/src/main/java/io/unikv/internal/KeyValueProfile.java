package io.unikv.internal;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import io.unikv.KvCodecException;
import io.unikv.KvEntry;
import io.unikv.KvLimits;
import io.unikv.KvListKey;
import io.unikv.KvListResult;
import io.unikv.ListOptions;
import io.unikv.PutOptions;
import io.unikv.RedisBatch;
import io.unikv.codec.KvCodec;
import io.unikv.transport.Command;
import io.unikv.transport.Reply;
import org.jspecify.annotations.Nullable;

/**
 * The KV profile ({@link io.unikv.KeyValueStore}) as ordinary Redis data:
 * <ul>
 * <li>each value under its own key, so {@code GET} and other clients read it;</li>
 * <li>its metadata as JSON in a companion string key {@code unikv:kv:meta:{<tag>}<key>}
 * whose hash tag puts it in the same cluster slot as the key, with the same expiry, so
 * value and metadata are written, read and expire together, also on Redis Cluster;</li>
 * <li>every KV key in the sorted set {@value #INDEX} (all scores 0), so
 * {@code ZRANGEBYLEX} lists keys in byte order without {@code KEYS} or {@code SCAN}.</li>
 * </ul>
 * On a single server a put or delete changes all three in one MULTI/EXEC. On a cluster
 * the index lives in another slot: value and metadata still change atomically, and the
 * index is updated before and after a put and before a delete, so a listed key always
 * exists when the write finished and a key that exists is always listed once its put
 * returned. Listing filters index entries whose key expired or was deleted by other means
 * and removes them (re-adding any that a concurrent put recreated), so a page may be
 * short or empty while more keys follow, as in Workers KV.
 *
 * @author unikv authors
 */
public final class KeyValueProfile {

    /** The sorted set that indexes every KV key. */
    public static final String INDEX = "unikv:kv:index";

    /** The prefix of the companion keys that hold each key's metadata as JSON. */
    public static final String METADATA_PREFIX = "unikv:kv:meta:";

    private final StoreCore core;

    private final KvCodec codec;

    private final KvCodec json;

    private final KvLimits limits;

    private final Clock clock;

    KeyValueProfile(StoreCore core, KvCodec codec, KvLimits limits, Clock clock) {
        this.core = core;
        this.codec = codec;
        this.json = KvCodec.json();
        this.limits = limits;
        this.clock = clock;
    }

    public @Nullable InputStream getStream(String key) {
        this.limits.checkKey("GET", key);
        byte[] bytes = Futures.await(this.core.execute(Command.read("GET", key))).throwIfError().asBytes();
        return (bytes != null) ? new ByteArrayInputStream(bytes) : null;
    }

    public Map<String, @Nullable String> get(Collection<String> keys) {
        return get(keys, String.class);
    }

    public <T> Map<String, @Nullable T> get(Collection<String> keys, Class<T> type) {
        this.limits.checkBulkGet(keys.size());
        keys.forEach((key) -> this.limits.checkKey("GET_BULK", key));
        List<Reply> values;
        if (this.core.clustered()) {
            RedisBatch batch = this.core.pipeline();
            keys.forEach((key) -> batch.execute(Command.read("GET", key)));
            values = batch.exec();
            values.forEach(Reply::throwIfError);
        }
        else {
            values = Futures.await(this.core.execute(Command.read("MGET", keys.toArray()))).asList();
        }
        Map<String, @Nullable T> result = new LinkedHashMap<>();
        int i = 0;
        for (String key : keys) {
            result.put(key, this.codec.decode(values.get(i++).asBytes(), type));
        }
        return result;
    }

    public <V, M> KvEntry<V, M> getWithMetadata(String key, Class<V> valueType, Class<M> metadataType) {
        this.limits.checkKey("GET", key);
        RedisBatch batch = this.core.multi();
        batch.execute(Command.read("GET", key));
        batch.execute(Command.read("GET", metadataKey(key)));
        List<Reply> replies = batch.exec();
        byte[] value = replies.get(0).throwIfError().asBytes();
        byte[] metadata = (value != null) ? replies.get(1).throwIfError().asBytes() : null;
        return new KvEntry<>(this.codec.decode(value, valueType), this.json.decode(metadata, metadataType));
    }

    public void put(String key, Object value, PutOptions options) {
        this.limits.checkKey("PUT", key);
        byte[] bytes = this.codec.encode(value);
        this.limits.checkValue(bytes.length);
        byte[] metadata = null;
        if (options.getMetadata() != null) {
            metadata = this.json.encode(options.getMetadata());
            this.limits.checkMetadata(metadata.length);
        }
        Instant expiry = options.resolveExpiry(this.limits, this.clock.instant());
        List<Command> writes = new ArrayList<>(3);
        writes.add(set(key, bytes, expiry));
        writes
            .add((metadata != null) ? set(metadataKey(key), metadata, expiry) : Command.write("DEL", metadataKey(key)));
        Command index = Command.write("ZADD", INDEX, 0, key);
        if (!this.core.clustered()) {
            writes.add(index);
            transaction(writes);
            return;
        }
        // the index is in another slot: add it before (in parallel) and again after the
        // value, so a delete racing with this put can never leave the key unlisted
        CompletableFuture<Reply> before = this.core.execute(index);
        try {
            transaction(writes);
        }
        finally {
            Futures.await(before).throwIfError();
        }
        Futures.await(this.core.execute(index)).throwIfError();
    }

    private static Command set(String key, byte[] value, @Nullable Instant expiry) {
        return (expiry != null) ? Command.write("SET", key, value, "PXAT", expiry.toEpochMilli())
                : Command.write("SET", key, value);
    }

    private void transaction(List<Command> commands) {
        RedisBatch batch = this.core.multi();
        commands.forEach(batch::execute);
        batch.exec().forEach(Reply::throwIfError);
    }

    public void delete(String key) {
        this.limits.checkKey("DELETE", key);
        Command index = Command.write("ZREM", INDEX, key);
        Command values = Command.write("DEL", key, metadataKey(key));
        if (this.core.clustered()) {
            // the index is in another slot: forget the key first, so that a put racing
            // with this delete re-adds it after us
            Futures.await(this.core.execute(index)).throwIfError();
            transaction(List.of(values));
        }
        else {
            transaction(List.of(values, index));
        }
    }

    public <M> KvListResult<M> list(ListOptions options, Class<M> metadataType) {
        this.limits.checkListLimit(options.limit());
        this.limits.checkPrefix("GET", options.prefix());
        String start = (options.cursor() != null) ? "(" + decodeCursor(options.cursor())
                : options.prefix().isEmpty() ? "-" : "[" + options.prefix();
        byte[] end = upperBound(options.prefix());
        List<Reply> candidates = Futures
            .await(this.core.execute(Command.read("ZRANGEBYLEX", INDEX, start, end, "LIMIT", 0, options.limit() + 1)))
            .asList();
        boolean complete = candidates.size() <= options.limit();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < Math.min(candidates.size(), options.limit()); i++) {
            names.add(candidates.get(i).asString());
        }
        List<KvListKey<M>> keys = describe(names, metadataType);
        String cursor = complete ? null : encodeCursor(names.get(names.size() - 1));
        return new KvListResult<>(keys, complete, cursor);
    }

    private <M> List<KvListKey<M>> describe(List<String> names, Class<M> metadataType) {
        if (names.isEmpty()) {
            return List.of();
        }
        RedisBatch batch = this.core.pipeline();
        for (String name : names) {
            batch.execute(Command.read("PEXPIRETIME", name));
            batch.execute(Command.read("GET", metadataKey(name)));
        }
        List<Reply> replies = batch.exec();
        List<KvListKey<M>> keys = new ArrayList<>();
        List<String> stale = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            long expiry = replies.get(2 * i).asLong();
            if (expiry == -2) {
                stale.add(names.get(i));
                continue;
            }
            Instant expiration = (expiry >= 0) ? Instant.ofEpochMilli(expiry) : null;
            M metadata = this.json.decode(replies.get(2 * i + 1).asBytes(), metadataType);
            keys.add(new KvListKey<>(names.get(i), expiration, metadata));
        }
        if (!stale.isEmpty()) {
            forget(stale);
        }
        return keys;
    }

    /**
     * Remove index entries of keys that expired or were deleted outside the KV profile,
     * then re-add any that a concurrent put recreated meanwhile (a put adds its key to
     * the index after writing it, so either it did so after our removal or we see its
     * key).
     */
    private void forget(List<String> stale) {
        List<Object> args = new ArrayList<>(stale.size() + 1);
        args.add(INDEX);
        args.addAll(stale);
        Futures.await(this.core.execute(Command.write("ZREM", args.toArray()))).throwIfError();
        RedisBatch batch = this.core.pipeline();
        stale.forEach((key) -> batch.execute(Command.read("EXISTS", key)));
        List<Reply> exists = batch.exec();
        List<Object> recreated = new ArrayList<>();
        recreated.add(INDEX);
        for (int i = 0; i < stale.size(); i++) {
            if (exists.get(i).throwIfError().asLong() == 1) {
                recreated.add(0);
                recreated.add(stale.get(i));
            }
        }
        if (recreated.size() > 1) {
            Futures.await(this.core.execute(Command.write("ZADD", recreated.toArray()))).throwIfError();
        }
    }

    /**
     * Return the companion key holding a key's metadata: in the key's cluster slot
     * whatever characters the key contains.
     * @param key the key
     * @return the metadata key
     */
    static String metadataKey(String key) {
        return METADATA_PREFIX + "{" + Slots.tag(Slots.of(key)) + "}" + key;
    }

    private static byte[] upperBound(String prefix) {
        if (prefix.isEmpty()) {
            return "+".getBytes(StandardCharsets.US_ASCII);
        }
        // 0xff never occurs in UTF-8, so "[prefix\xff" sorts after every key with the
        // prefix
        byte[] bytes = ("[" + prefix).getBytes(StandardCharsets.UTF_8);
        byte[] bound = java.util.Arrays.copyOf(bytes, bytes.length + 1);
        bound[bytes.length] = (byte) 0xff;
        return bound;
    }

    private static String encodeCursor(String key) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(key.getBytes(StandardCharsets.UTF_8));
    }

    private static String decodeCursor(String cursor) {
        try {
            return new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        }
        catch (IllegalArgumentException ex) {
            throw new KvCodecException("Invalid list cursor: " + cursor, ex);
        }
    }

}
