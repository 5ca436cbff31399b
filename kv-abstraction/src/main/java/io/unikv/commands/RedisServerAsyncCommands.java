package io.unikv.commands;

import java.time.Instant;
import java.util.concurrent.CompletableFuture;

/**
 * Synchronous connection and server commands that make sense through every backend, REST
 * included.
 *
 * <p>
 * Every method returns at once; the future completes with the reply, or fails with the
 * exception the synchronous variant documents.
 *
 * @author unikv authors
 * @see RedisServerCommands
 */
public interface RedisServerAsyncCommands {

    /**
     * {@code PING}.
     * @return a future completing with {@code PONG}
     */
    CompletableFuture<String> ping();

    /**
     * {@code ECHO}.
     * @param message the message
     * @return a future completing with the same message
     */
    CompletableFuture<String> echo(String message);

    /**
     * {@code DBSIZE}.
     * @return a future completing with the number of keys in the selected database
     */
    CompletableFuture<Long> dbSize();

    /**
     * {@code FLUSHDB}: delete every key of the selected database.
     * @return a future that completes when the command is done
     */
    CompletableFuture<Void> flushDb();

    /**
     * {@code FLUSHALL}: delete every key of every database.
     * @return a future that completes when the command is done
     */
    CompletableFuture<Void> flushAll();

    /**
     * {@code TIME}: the server's clock.
     * @return a future completing with the server time, to the microsecond
     */
    CompletableFuture<Instant> time();

    /**
     * {@code INFO section}.
     * @param section the section, for example {@code server}, {@code replication} or
     * {@code keyspace}
     * @return a future completing with the section text as Redis formats it
     * ({@code field:value} lines)
     */
    CompletableFuture<String> info(String section);

}
