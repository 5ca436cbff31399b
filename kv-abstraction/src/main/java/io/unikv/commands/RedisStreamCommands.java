package io.unikv.commands;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.unikv.KvServerException;
import org.jspecify.annotations.Nullable;

/**
 * Synchronous commands for streams and consumer groups. Field values are written through
 * the store's {@link io.unikv.codec.KvCodec} and read back as text. IDs are text
 * ({@code <ms>-<seq>}; ranges also take {@code -}, {@code +} and an exclusive
 * {@code (id}). A missing key reads as an empty stream; group commands on a missing key
 * or group fail with {@code NOGROUP}. Error replies throw {@link KvServerException} with
 * Redis's text, for example {@code WRONGTYPE} when a key holds another type or
 * {@code ERR The ID specified in XADD is equal or smaller than the target stream top item}.
 * Blocking reads ({@link XReadOptions#block(Duration)}) are not available over the
 * Upstash REST protocol.
 *
 * @author unikv authors
 * @see RedisStreamAsyncCommands
 */
public interface RedisStreamCommands {

    /**
     * {@code XADD} with a generated ID, creating the stream if needed.
     * @param key the key
     * @param fields the fields and their values, in order
     * @return the new entry's ID
     */
    String xadd(String key, Map<String, ?> fields);

    /**
     * {@code XADD} with options: an explicit ID, {@code NOMKSTREAM}, trimming.
     * @param key the key
     * @param options the options
     * @param fields the fields and their values, in order
     * @return the new entry's ID, or {@code null} with {@code NOMKSTREAM} when the stream
     * does not exist
     * @throws KvServerException for an ID not greater than the stream's last one
     */
    @Nullable String xadd(String key, XAddOptions options, Map<String, ?> fields);

    /**
     * {@code XLEN}.
     * @param key the key
     * @return the number of entries, 0 if the key does not exist
     */
    long xlen(String key);

    /**
     * {@code XRANGE}: entries between two IDs, in ascending order.
     * @param key the key
     * @param start the first ID ({@code -} for the start of the stream)
     * @param end the last ID ({@code +} for the end of the stream)
     * @return the entries, empty if none or the key does not exist
     */
    List<StreamEntry> xrange(String key, String start, String end);

    /**
     * {@code XRANGE ... COUNT}.
     * @param key the key
     * @param start the first ID
     * @param end the last ID
     * @param count the most entries to return, positive
     * @return the entries
     */
    List<StreamEntry> xrange(String key, String start, String end, long count);

    /**
     * {@code XREVRANGE}: entries between two IDs, in descending order.
     * @param key the key
     * @param end the last ID, where reading starts ({@code +} for the end)
     * @param start the first ID ({@code -} for the start)
     * @return the entries, newest first
     */
    List<StreamEntry> xrevrange(String key, String end, String start);

    /**
     * {@code XREVRANGE ... COUNT}.
     * @param key the key
     * @param end the last ID
     * @param start the first ID
     * @param count the most entries to return, positive
     * @return the entries, newest first
     */
    List<StreamEntry> xrevrange(String key, String end, String start, long count);

    /**
     * {@code XDEL}: delete entries; the stream is kept even when it becomes empty.
     * @param key the key
     * @param ids the IDs
     * @return how many entries existed and were deleted
     */
    long xdel(String key, String... ids);

    /**
     * {@code XTRIM}.
     * @param key the key
     * @param options how to trim
     * @return how many entries were removed
     */
    long xtrim(String key, StreamTrimOptions options);

    /**
     * {@code XREAD}: entries after an ID in each stream.
     * @param options count and blocking
     * @param offsets the streams and the IDs to read after
     * @return the entries per stream that had some, in the order Redis answered; empty
     * when there were none (or the blocking timeout passed)
     */
    Map<String, List<StreamEntry>> xread(XReadOptions options, StreamOffset... offsets);

    /**
     * {@code XREADGROUP}: read as a consumer of a group ({@link StreamOffset#undelivered}
     * for new entries, an ID for the consumer's pending entries after it), creating the
     * consumer if needed.
     * @param group the group
     * @param consumer the consumer
     * @param options count, blocking and NOACK
     * @param offsets the streams and IDs
     * @return the entries per stream, as {@link #xread}
     * @throws KvServerException {@code NOGROUP} when a stream or the group does not exist
     */
    Map<String, List<StreamEntry>> xreadgroup(String group, String consumer, XReadOptions options,
            StreamOffset... offsets);

    /**
     * {@code XGROUP CREATE}.
     * @param key the key
     * @param group the group
     * @param id the last delivered ID to start from: {@code $} for new entries only,
     * {@code 0} for the whole stream
     * @param mkStream whether to create the stream if it does not exist
     * ({@code MKSTREAM})
     * @throws KvServerException {@code BUSYGROUP} if the group exists; an error if the
     * key does not exist and {@code mkStream} is false
     */
    void xgroupCreate(String key, String group, String id, boolean mkStream);

    /**
     * {@code XGROUP SETID}: move a group's last delivered ID.
     * @param key the key
     * @param group the group
     * @param id the ID, or {@code $}
     */
    void xgroupSetId(String key, String group, String id);

    /**
     * {@code XGROUP DESTROY}.
     * @param key the key
     * @param group the group
     * @return {@code true} if the group existed
     */
    boolean xgroupDestroy(String key, String group);

    /**
     * {@code XGROUP CREATECONSUMER}.
     * @param key the key
     * @param group the group
     * @param consumer the consumer
     * @return {@code true} if it was created, {@code false} if it existed
     */
    boolean xgroupCreateConsumer(String key, String group, String consumer);

    /**
     * {@code XGROUP DELCONSUMER}: delete a consumer and its pending entries.
     * @param key the key
     * @param group the group
     * @param consumer the consumer
     * @return how many entries it had pending
     */
    long xgroupDelConsumer(String key, String group, String consumer);

    /**
     * {@code XACK}.
     * @param key the key
     * @param group the group
     * @param ids the IDs
     * @return how many were pending and are now acknowledged; 0 if the key or group does
     * not exist
     */
    long xack(String key, String group, String... ids);

    /**
     * {@code XPENDING} (summary form).
     * @param key the key
     * @param group the group
     * @return the summary
     */
    PendingSummary xpending(String key, String group);

    /**
     * {@code XPENDING} (extended form).
     * @param key the key
     * @param group the group
     * @param options the range, count, consumer and minimum idle time
     * @return the pending entries in ID order
     */
    List<PendingEntry> xpending(String key, String group, XPendingOptions options);

    /**
     * {@code XCLAIM}: take over pending entries idle for at least a time. Entries that no
     * longer exist are dropped from the pending list and not returned.
     * @param key the key
     * @param group the group
     * @param consumer the new owner
     * @param minIdle the minimum idle time
     * @param options delivery time, count, FORCE and LASTID
     * @param ids the IDs
     * @return the claimed entries
     */
    List<StreamEntry> xclaim(String key, String group, String consumer, Duration minIdle, XClaimOptions options,
            String... ids);

    /**
     * {@code XCLAIM ... JUSTID}: as {@link #xclaim} without incrementing the delivery
     * count, returning IDs only.
     * @param key the key
     * @param group the group
     * @param consumer the new owner
     * @param minIdle the minimum idle time
     * @param options delivery time, count, FORCE and LASTID
     * @param ids the IDs
     * @return the claimed IDs
     */
    List<String> xclaimJustId(String key, String group, String consumer, Duration minIdle, XClaimOptions options,
            String... ids);

    /**
     * {@code XAUTOCLAIM}: scan the pending list from an ID and claim entries idle for at
     * least a time.
     * @param key the key
     * @param group the group
     * @param consumer the new owner
     * @param minIdle the minimum idle time
     * @param start the ID to scan from ({@code 0-0} to start)
     * @param count the most entries to claim, positive
     * @return the claimed entries, the next start and the IDs dropped because deleted
     */
    AutoClaimResult xautoclaim(String key, String group, String consumer, Duration minIdle, String start, long count);

    /**
     * {@code XINFO STREAM}.
     * @param key the key
     * @return the stream's counters and first and last entries
     * @throws KvServerException {@code ERR no such key} if the key does not exist
     */
    StreamInfo xinfoStream(String key);

    /**
     * {@code XINFO GROUPS}.
     * @param key the key
     * @return the groups in name order
     * @throws KvServerException {@code ERR no such key} if the key does not exist
     */
    List<StreamGroupInfo> xinfoGroups(String key);

    /**
     * {@code XINFO CONSUMERS}.
     * @param key the key
     * @param group the group
     * @return the group's consumers in name order
     * @throws KvServerException {@code NOGROUP} if the group does not exist
     */
    List<StreamConsumerInfo> xinfoConsumers(String key, String group);

}
