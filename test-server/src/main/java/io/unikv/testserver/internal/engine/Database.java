package io.unikv.testserver.internal.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One of the 16 numbered keyspaces: values, their expiry times, lazy expiry on access and
 * change notification for WATCH and blocked clients. Only used on the engine thread.
 *
 * @author unikv authors
 */
public final class Database {

    private final int index;

    private final Engine engine;

    private final HashMap<ByteKey, RedisValue> data = new HashMap<>();

    private final HashMap<ByteKey, Long> expires = new HashMap<>();

    Database(int index, Engine engine) {
        this.index = index;
        this.engine = engine;
    }

    /**
     * Return this database's number.
     * @return 0 to 15
     */
    public int index() {
        return this.index;
    }

    /**
     * Return the value under a key, deleting it first if it has expired.
     * @param key the key
     * @return the value, or {@code null}
     */
    public @Nullable RedisValue get(ByteKey key) {
        RedisValue value = this.data.get(key);
        if (value != null && !this.expires.isEmpty() && expireIfNeeded(key)) {
            return null;
        }
        return value;
    }

    /**
     * Return the value under a key if it has the expected type.
     * @param <T> the value class
     * @param key the key
     * @param type the value class
     * @return the value, or {@code null} if the key does not exist
     * @throws RedisError {@link Errors#WRONGTYPE} if the key holds another type
     */
    public <T extends RedisValue> @Nullable T get(ByteKey key, Class<T> type) {
        RedisValue value = get(key);
        if (value == null) {
            return null;
        }
        if (!type.isInstance(value)) {
            throw new RedisError(Errors.WRONGTYPE);
        }
        return type.cast(value);
    }

    /**
     * Return whether a key exists (after lazy expiry).
     * @param key the key
     * @return whether it exists
     */
    public boolean exists(ByteKey key) {
        return get(key) != null;
    }

    /**
     * Store a value, replacing any previous value and removing its expiry ({@code SET}
     * semantics), and signal the change.
     * @param key the key
     * @param value the value
     */
    public void set(ByteKey key, RedisValue value) {
        this.data.put(key, value);
        this.expires.remove(key);
        modified(key);
    }

    /**
     * Store a value keeping the key's expiry (overwrite in place), and signal the change.
     * @param key the key
     * @param value the value
     */
    public void replace(ByteKey key, RedisValue value) {
        this.data.put(key, value);
        modified(key);
    }

    /**
     * Swap an existing key's value for an equal one in another representation (as Redis
     * unshares a string before writing into it), keeping its expiry; not a change, so
     * nothing is signalled.
     * @param key the key, which must exist
     * @param value the equal value
     */
    public void reencode(ByteKey key, RedisValue value) {
        if (this.data.containsKey(key)) {
            this.data.put(key, value);
        }
    }

    /**
     * Delete a key.
     * @param key the key
     * @return whether it existed
     */
    public boolean delete(ByteKey key) {
        if (get(key) == null) {
            return false;
        }
        removeQuietly(key);
        modified(key);
        return true;
    }

    /**
     * Delete a collection that has become empty, as Redis does after removing its last
     * element, and signal the change.
     * @param key the key
     * @param empty whether the value is now empty
     */
    public void deleteIfEmpty(ByteKey key, boolean empty) {
        if (empty) {
            removeQuietly(key);
        }
        modified(key);
    }

    /**
     * Return the absolute expiry of a key in Unix milliseconds.
     * @param key the key, which must exist
     * @return the expiry, or {@code -1} if it has none
     */
    public long expiry(ByteKey key) {
        Long at = this.expires.get(key);
        return (at != null) ? at : -1;
    }

    /**
     * Set the absolute expiry of an existing key; a time not in the future deletes it.
     * @param key the key
     * @param atMillis Unix milliseconds
     */
    public void setExpiry(ByteKey key, long atMillis) {
        if (atMillis <= this.engine.now()) {
            removeQuietly(key);
            this.engine.expired(this.index, key);
        }
        else {
            this.expires.put(key, atMillis);
        }
        modified(key);
    }

    /**
     * Remove a key's expiry.
     * @param key the key
     * @return whether it had one
     */
    public boolean persist(ByteKey key) {
        boolean had = this.expires.remove(key) != null;
        if (had) {
            modified(key);
        }
        return had;
    }

    /**
     * Return the number of keys, counting keys that have expired but were not yet
     * reclaimed, as Redis's {@code DBSIZE} does.
     * @return the size
     */
    public int size() {
        return this.data.size();
    }

    /**
     * Return the number of keys with an expiry.
     * @return the count
     */
    public int expiresCount() {
        return this.expires.size();
    }

    /**
     * Return a snapshot of the live keys (expired ones are reclaimed on the way).
     * @return the keys
     */
    public List<ByteKey> keys() {
        List<ByteKey> keys = new ArrayList<>(this.data.size());
        for (ByteKey key : new ArrayList<>(this.data.keySet())) {
            if (get(key) != null) {
                keys.add(key);
            }
        }
        return keys;
    }

    /**
     * Delete every key, signalling each.
     */
    public void clear() {
        List<ByteKey> keys = new ArrayList<>(this.data.keySet());
        this.data.clear();
        this.expires.clear();
        for (ByteKey key : keys) {
            modified(key);
        }
    }

    /**
     * Reclaim expired keys, as Redis's active expiry cycle does.
     * @return how many keys were reclaimed
     */
    int expireActively() {
        long now = this.engine.now();
        int reclaimed = 0;
        Iterator<Map.Entry<ByteKey, Long>> it = this.expires.entrySet().iterator();
        List<ByteKey> expired = new ArrayList<>();
        while (it.hasNext()) {
            Map.Entry<ByteKey, Long> entry = it.next();
            if (entry.getValue() <= now) {
                expired.add(entry.getKey());
            }
        }
        for (ByteKey key : expired) {
            if (expireIfNeeded(key)) {
                reclaimed++;
            }
        }
        return reclaimed;
    }

    /**
     * Move the raw entry (value and expiry) of a key to another database, for
     * {@code MOVE}.
     * @param key the key
     * @param target the target database
     */
    public void moveTo(ByteKey key, Database target) {
        RedisValue value = this.data.remove(key);
        Long at = this.expires.remove(key);
        if (value != null) {
            target.data.put(key, value);
            if (at != null) {
                target.expires.put(key, at);
            }
            modified(key);
            target.modified(key);
        }
    }

    /**
     * Return the value under a key as stored, without expiring it: replication reads the
     * state a command left behind.
     * @param key the key
     * @return the value, or {@code null}
     */
    public @Nullable RedisValue peek(ByteKey key) {
        return this.data.get(key);
    }

    /**
     * Install a key's state from the primary's replication log, and signal the change.
     * @param key the key
     * @param value the value, or {@code null} to delete the key
     * @param expiry the absolute expiry in Unix milliseconds, or {@code -1}
     */
    public void install(ByteKey key, @Nullable RedisValue value, long expiry) {
        if (value == null) {
            removeQuietly(key);
        }
        else {
            this.data.put(key, value);
            if (expiry >= 0) {
                this.expires.put(key, expiry);
            }
            else {
                this.expires.remove(key);
            }
        }
        modified(key);
    }

    /**
     * Signal that a key changed: invalidates WATCHes and wakes clients blocked on it.
     * @param key the key
     */
    public void modified(ByteKey key) {
        this.engine.keyModified(this.index, key);
    }

    /**
     * Signal a change that Redis reports neither to WATCH nor to blocked clients, such as
     * consumer group bookkeeping: only replicas receive it.
     * @param key the key
     */
    public void touched(ByteKey key) {
        this.engine.keyTouched(this.index, key, false);
    }

    /**
     * Signal a change that Redis does not report to WATCH but that wakes clients blocked
     * on the key (a destroyed consumer group), and send it to replicas.
     * @param key the key
     */
    public void touchedReady(ByteKey key) {
        this.engine.keyTouched(this.index, key, true);
    }

    private boolean expireIfNeeded(ByteKey key) {
        Long at = this.expires.get(key);
        if (at == null || at > this.engine.now()) {
            return false;
        }
        removeQuietly(key);
        this.engine.expired(this.index, key);
        modified(key);
        return true;
    }

    private void removeQuietly(ByteKey key) {
        this.data.remove(key);
        this.expires.remove(key);
    }

}
