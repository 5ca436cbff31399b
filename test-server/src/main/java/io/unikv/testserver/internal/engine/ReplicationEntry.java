package io.unikv.testserver.internal.engine;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One unit of the replication log: the effects of one engine task on the primary (a
 * command, a transaction, a REST request or an expiry pass), as the new state of every
 * key it touched. Replicas apply an entry as a whole, so they never show half a
 * transaction. Immutable once published: replicas copy the values they install.
 *
 * @param offset the primary's replication offset after this entry
 * @param createdMillis the primary's engine time when the entry was made
 * @param effects the touched keys, in the order they were first touched
 * @param messages the pub/sub messages published, which Redis propagates to replicas so
 * that their subscribers receive them too
 * @author unikv authors
 */
public record ReplicationEntry(long offset, long createdMillis, List<Effect> effects, List<Message> messages) {

    /**
     * An entry of key effects only.
     * @param offset the primary's replication offset after this entry
     * @param createdMillis the primary's engine time when the entry was made
     * @param effects the touched keys
     */
    public ReplicationEntry(long offset, long createdMillis, List<Effect> effects) {
        this(offset, createdMillis, effects, List.of());
    }

    /**
     * A published message.
     *
     * @param channel the channel
     * @param message the message
     * @param shard whether it went to a shard channel (SPUBLISH)
     */
    public record Message(byte[] channel, byte[] message, boolean shard) {
    }

    /**
     * The state of one key after the entry: a value and its expiry, or deleted.
     *
     * @param db the database index
     * @param key the key
     * @param value a private copy of the value, or {@code null} if the key was deleted
     * @param expiry the absolute expiry in Unix milliseconds, or {@code -1}
     */
    public record Effect(int db, ByteKey key, @Nullable RedisValue value, long expiry) {
    }

}
