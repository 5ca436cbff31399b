package io.unikv.commands;

import java.util.concurrent.CompletableFuture;

import io.unikv.KvServerException;

/**
 * Asynchronous commands for HyperLogLog: approximate distinct counts (standard error
 * 0.81%) in at most 12 KB per key, stored as a string in Redis's own format. Elements are
 * written through the store's codec. Error replies throw {@link KvServerException} with
 * Redis's text: {@code WRONGTYPE Key is not a valid HyperLogLog string value.} for a
 * string that is not one; commands over several keys need them in one hash slot on Redis
 * Cluster ({@code CROSSSLOT} otherwise).
 *
 * <p>
 * Every method returns at once; the future completes with the reply, or fails with the
 * exception the synchronous variant documents.
 *
 * @author unikv authors
 * @see RedisHyperLogLogCommands
 */
public interface RedisHyperLogLogAsyncCommands {

    /**
     * {@code PFADD}: add elements, creating the key if needed.
     * @param key the key
     * @param elements the elements, possibly none (which only creates the key)
     * @return a future completing with {@code true} if the estimate may have changed (or
     * the key was created)
     */
    CompletableFuture<Boolean> pfadd(String key, Object... elements);

    /**
     * {@code PFCOUNT}: the estimated number of distinct elements, of the union when
     * several keys are given.
     * @param keys the keys; missing keys count as empty
     * @return a future completing with the estimate
     */
    CompletableFuture<Long> pfcount(String... keys);

    /**
     * {@code PFMERGE}: store the union of the sources (and of the destination itself, if
     * it exists) in the destination.
     * @param destination the key to store into
     * @param sources the keys to merge; missing keys count as empty
     * @return a future that completes when the command is done
     */
    CompletableFuture<Void> pfmerge(String destination, String... sources);

}
