package io.unikv.commands;

import io.unikv.KvServerException;

/**
 * Synchronous commands for HyperLogLog: approximate distinct counts (standard error
 * 0.81%) in at most 12 KB per key, stored as a string in Redis's own format. Elements are
 * written through the store's codec. Error replies throw {@link KvServerException} with
 * Redis's text: {@code WRONGTYPE Key is not a valid HyperLogLog string value.} for a
 * string that is not one; commands over several keys need them in one hash slot on Redis
 * Cluster ({@code CROSSSLOT} otherwise).
 *
 * @author unikv authors
 * @see RedisHyperLogLogAsyncCommands
 */
public interface RedisHyperLogLogCommands {

    /**
     * {@code PFADD}: add elements, creating the key if needed.
     * @param key the key
     * @param elements the elements, possibly none (which only creates the key)
     * @return {@code true} if the estimate may have changed (or the key was created)
     */
    boolean pfadd(String key, Object... elements);

    /**
     * {@code PFCOUNT}: the estimated number of distinct elements, of the union when
     * several keys are given.
     * @param keys the keys; missing keys count as empty
     * @return the estimate
     */
    long pfcount(String... keys);

    /**
     * {@code PFMERGE}: store the union of the sources (and of the destination itself, if
     * it exists) in the destination.
     * @param destination the key to store into
     * @param sources the keys to merge; missing keys count as empty
     */
    void pfmerge(String destination, String... sources);

}
