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
 * The KV profile ({@link io.unikv.KeyValueStore}) as ordinary Redis data: each value
 * under its own key (so {@code GET} and other clients read it), metadata as JSON in the
 * hash {@value #METADATA}, and every KV key in the sorted set {@value #INDEX} (all scores
 * 0) so {@code ZRANGEBYLEX} lists keys in byte order. Writes and deletes change the three
 * in one MULTI/EXEC; listing filters index entries whose key expired or was deleted by
 * other means and removes them, so a page may be short (or empty) while more keys follow,
 * as in Workers KV.
 *
 * @author unikv authors
 */
public final class KeyValueProfile {

    /** The sorted set that indexes every KV key. */
    public static final String INDEX = "unikv:kv:index";

    /** The hash that holds each key's metadata as JSON. */
    public static final String METADATA = "unikv:kv:meta";

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
        List<Reply> values = Futures.await(this.core.execute(Command.read("MGET", keys.toArray()))).asList();
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
        batch.execute(Command.read("HGET", METADATA, key));
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
        RedisBatch batch = this.core.multi();
        if (expiry != null) {
            batch.execute(Command.write("SET", key, bytes, "PXAT", expiry.toEpochMilli()));
        }
        else {
            batch.execute(Command.write("SET", key, bytes));
        }
        if (metadata != null) {
            batch.execute(Command.write("HSET", METADATA, key, metadata));
        }
        else {
            batch.execute(Command.write("HDEL", METADATA, key));
        }
        batch.execute(Command.write("ZADD", INDEX, 0, key));
        batch.exec().forEach(Reply::throwIfError);
    }

    public void delete(String key) {
        this.limits.checkKey("DELETE", key);
        RedisBatch batch = this.core.multi();
        batch.execute(Command.write("DEL", key));
        batch.execute(Command.write("HDEL", METADATA, key));
        batch.execute(Command.write("ZREM", INDEX, key));
        batch.exec().forEach(Reply::throwIfError);
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
            batch.execute(Command.read("HGET", METADATA, name));
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
            // keys that expired or were deleted outside the KV profile: forget them
            List<Object> args = new ArrayList<>(stale);
            args.add(0, INDEX);
            Futures.await(this.core.execute(Command.write("ZREM", args.toArray())));
            List<Object> fields = new ArrayList<>(stale);
            fields.add(0, METADATA);
            Futures.await(this.core.execute(Command.write("HDEL", fields.toArray())));
        }
        return keys;
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
