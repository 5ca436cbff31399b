package io.unikv.testserver;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import io.unikv.testserver.internal.engine.ByteKey;
import io.unikv.testserver.internal.engine.Database;
import io.unikv.testserver.internal.engine.Engine;
import io.unikv.testserver.internal.engine.RedisValue;
import io.unikv.testserver.internal.engine.StringValue;
import org.jspecify.annotations.Nullable;

/**
 * Direct access to the data of a running server, for arranging and checking tests without
 * a client (like miniredis's {@code direct.go}). Only valid inside
 * {@link UnikvTestServer#direct(java.util.function.Function)}, which runs it on the
 * engine thread between two commands. Works on database 0 unless {@link #select(int)}
 * says otherwise.
 *
 * @author unikv authors
 */
public final class DirectAccess {

    private final Engine engine;

    private int db;

    DirectAccess(Engine engine) {
        this.engine = engine;
    }

    /**
     * Work on another database.
     * @param db 0 to 15
     * @return this
     */
    public DirectAccess select(int db) {
        if (db < 0 || db >= Engine.DATABASES) {
            throw new IllegalArgumentException("DB index is out of range: " + db);
        }
        this.db = db;
        return this;
    }

    /**
     * Return the string under a key.
     * @param key the key
     * @return the value, or {@code null} if missing
     * @throws IllegalStateException if the key holds another type
     */
    public @Nullable String get(String key) {
        RedisValue value = database().get(ByteKey.of(key));
        if (value == null) {
            return null;
        }
        if (!(value instanceof StringValue string)) {
            throw new IllegalStateException("Key " + key + " holds a " + value.type().typeName());
        }
        return new String(string.bytes(), StandardCharsets.UTF_8);
    }

    /**
     * Store a string, replacing any value and expiry.
     * @param key the key
     * @param value the value
     */
    public void set(String key, String value) {
        database().set(ByteKey.of(key), new StringValue(value.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Return the type of a key.
     * @param key the key
     * @return the Redis type name, or {@code none}
     */
    public String type(String key) {
        RedisValue value = database().get(ByteKey.of(key));
        return (value != null) ? value.type().typeName() : "none";
    }

    /**
     * Return whether a key exists.
     * @param key the key
     * @return whether it exists
     */
    public boolean exists(String key) {
        return database().exists(ByteKey.of(key));
    }

    /**
     * Delete a key.
     * @param key the key
     * @return whether it existed
     */
    public boolean delete(String key) {
        return database().delete(ByteKey.of(key));
    }

    /**
     * Return when a key expires.
     * @param key the key
     * @return the expiry, or {@code null} if the key has none or does not exist
     */
    public @Nullable Instant expiry(String key) {
        ByteKey bytes = ByteKey.of(key);
        if (!database().exists(bytes)) {
            return null;
        }
        long at = database().expiry(bytes);
        return (at < 0) ? null : Instant.ofEpochMilli(at);
    }

    /**
     * Set when a key expires.
     * @param key the key, which must exist
     * @param at the expiry
     */
    public void expireAt(String key, Instant at) {
        ByteKey bytes = ByteKey.of(key);
        if (!database().exists(bytes)) {
            throw new IllegalStateException("No such key: " + key);
        }
        database().setExpiry(bytes, at.toEpochMilli());
    }

    /**
     * Return the live keys, sorted.
     * @return the keys
     */
    public List<String> keys() {
        return database().keys().stream().sorted().map(ByteKey::toString).toList();
    }

    /**
     * Delete every key of every database.
     */
    public void flushAll() {
        this.engine.flushAll();
    }

    private Database database() {
        return this.engine.db(this.db);
    }

}
