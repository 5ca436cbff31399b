package io.unikv.commands;

import java.time.Instant;

/**
 * Synchronous connection and server commands that make sense through every backend, REST
 * included.
 *
 * @author unikv authors
 * @see RedisServerAsyncCommands
 */
public interface RedisServerCommands {

    /**
     * {@code PING}.
     * @return {@code PONG}
     */
    String ping();

    /**
     * {@code ECHO}.
     * @param message the message
     * @return the same message
     */
    String echo(String message);

    /**
     * {@code DBSIZE}.
     * @return the number of keys in the selected database
     */
    long dbSize();

    /**
     * {@code FLUSHDB}: delete every key of the selected database.
     */
    void flushDb();

    /**
     * {@code FLUSHALL}: delete every key of every database.
     */
    void flushAll();

    /**
     * {@code TIME}: the server's clock.
     * @return the server time, to the microsecond
     */
    Instant time();

    /**
     * {@code INFO section}.
     * @param section the section, for example {@code server}, {@code replication} or
     * {@code keyspace}
     * @return the section text as Redis formats it ({@code field:value} lines)
     */
    String info(String section);

}
