package io.unikv.commands;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import io.unikv.KvServerException;
import org.jspecify.annotations.Nullable;

/**
 * Asynchronous commands for streams and consumer groups. Field values are written through
 * the store's {@link io.unikv.codec.KvCodec} and read back as text. IDs are text
 * ({@code <ms>-<seq>}; ranges also take {@code -}, {@code +} and an exclusive
 * {@code (id}). A missing key reads as an empty stream; group commands on a missing key
 * or group fail with {@code NOGROUP}. Error replies throw {@link KvServerException} with
 * Redis's text, for example {@code WRONGTYPE} when a key holds another type or
 * {@code ERR The ID specified in XADD is equal or smaller than the target stream top item}.
 * Blocking reads ({@link XReadOptions#block(Duration)}) are not available over the
 * Upstash REST protocol.
 *
 * <p>
 * Every method returns at once; the future completes with the reply, or fails with the
 * exception the synchronous variant documents.
 *
 * @author unikv authors
 * @see RedisStreamCommands
 */
public interface RedisStreamAsyncCommands {

    /**
     * {@code XADD} with a generated ID, creating the stream if needed.
     * @param key the key
     * @param fields the fields and their values, in order
     * @return a future completing with the new entry's ID
     */
    CompletableFuture<String> xadd(String key, Map<String, ?> fields);

    /**
     * {@code XADD} with options: an explicit ID, {@code NOMKSTREAM}, trimming.
     * @param key the key
     * @param options the options
     * @param fields the fields and their values, in order
     * @return a future completing with the new entry's ID, or {@code null} with
     * {@code NOMKSTREAM} when the stream does not exist
     */
    CompletableFuture<@Nullable String> xadd(String key, XAddOptions options, Map<String, ?> fields);

    /**
     * {@code XLEN}.
     * @param key the key
     * @return a future completing with the number of entries, 0 if the key does not exist
     */
    CompletableFuture<Long> xlen(String key);

    /**
     * {@code XRANGE}: entries between two IDs, in ascending order.
     * @param key the key
     * @param start the first ID ({@code -} for the start of the stream)
     * @param end the last ID ({@code +} for the end of the stream)
     * @return a future completing with the entries, empty if none or the key does not
     * exist
     */
    CompletableFuture<List<StreamEntry>> xrange(String key, String start, String end);

    /**
     * {@code XRANGE ... COUNT}.
     * @param key the key
     * @param start the first ID
     * @param end the last ID
     * @param count the most entries to return, positive
     * @return a future completing with the entries
     */
    CompletableFuture<List<StreamEntry>> xrange(String key, String start, String end, long count);

    /**
     * {@code XREVRANGE}: entries between two IDs, in descending order.
     * @param key the key
     * @param end the last ID, where reading starts ({@code +} for the end)
     * @param start the first ID ({@code -} for the start)
     * @return a future completing with the entries, newest first
     */
    CompletableFuture<List<StreamEntry>> xrevrange(String key, String end, String start);

    /**
     * {@code XREVRANGE ... COUNT}.
     * @param key the key
     * @param end the last ID
     * @param start the first ID
     * @param count the most entries to return, positive
     * @return a future completing with the entries, newest first
     */
    CompletableFuture<List<StreamEntry>> xrevrange(String key, String end, String start, long count);

    /**
     * {@code XDEL}: delete entries; the stream is kept even when it becomes empty.
     * @param key the key
     * @param ids the IDs
     * @return a future completing with how many entries existed and were deleted
     */
    CompletableFuture<Long> xdel(String key, String... ids);

    /**
     * {@code XTRIM}.
     * @param key the key
     * @param options how to trim
     * @return a future completing with how many entries were removed
     */
    CompletableFuture<Long> xtrim(String key, StreamTrimOptions options);

    /**
     * {@code XREAD}: entries after an ID in each stream.
     * @param options count and blocking
     * @param offsets the streams and the IDs to read after
     * @return a future completing with the entries per stream that had some, in the order
     * Redis answered; empty when there were none (or the blocking timeout passed)
     */
    CompletableFuture<Map<String, List<StreamEntry>>> xread(XReadOptions options, StreamOffset... offsets);

    /**
     * {@code XREADGROUP}: read as a consumer of a group ({@link StreamOffset#undelivered}
     * for new entries, an ID for the consumer's pending entries after it), creating the
     * consumer if needed.
     * @param group the group
     * @param consumer the consumer
     * @param options count, blocking and NOACK
     * @param offsets the streams and IDs
     * @return a future completing with the entries per stream, as {@link #xread}
     */
    CompletableFuture<Map<String, List<StreamEntry>>> xreadgroup(String group, String consumer, XReadOptions options,
            StreamOffset... offsets);

    /**
     * {@code XGROUP CREATE}.
     * @param key the key
     * @param group the group
     * @param id the last delivered ID to start from: {@code $} for new entries only,
     * {@code 0} for the whole stream
     * @param mkStream whether to create the stream if it does not exist
     * ({@code MKSTREAM})
     * @return a future that completes when the command is done
     */
    CompletableFuture<Void> xgroupCreate(String key, String group, String id, boolean mkStream);

    /**
     * {@code XGROUP SETID}: move a group's last delivered ID.
     * @param key the key
     * @param group the group
     * @param id the ID, or {@code $}
     * @return a future that completes when the command is done
     */
    CompletableFuture<Void> xgroupSetId(String key, String group, String id);

    /**
     * {@code XGROUP DESTROY}.
     * @param key the key
     * @param group the group
     * @return a future completing with {@code true} if the group existed
     */
    CompletableFuture<Boolean> xgroupDestroy(String key, String group);

    /**
     * {@code XGROUP CREATECONSUMER}.
     * @param key the key
     * @param group the group
     * @param consumer the consumer
     * @return a future completing with {@code true} if it was created, {@code false} if
     * it existed
     */
    CompletableFuture<Boolean> xgroupCreateConsumer(String key, String group, String consumer);

    /**
     * {@code XGROUP DELCONSUMER}: delete a consumer and its pending entries.
     * @param key the key
     * @param group the group
     * @param consumer the consumer
     * @return a future completing with how many entries it had pending
     */
    CompletableFuture<Long> xgroupDelConsumer(String key, String group, String consumer);

    /**
     * {@code XACK}.
     * @param key the key
     * @param group the group
     * @param ids the IDs
     * @return a future completing with how many were pending and are now acknowledged; 0
     * if the key or group does not exist
     */
    CompletableFuture<Long> xack(String key, String group, String... ids);

    /**
     * {@code XPENDING} (summary form).
     * @param key the key
     * @param group the group
     * @return a future completing with the summary
     */
    CompletableFuture<PendingSummary> xpending(String key, String group);

    /**
     * {@code XPENDING} (extended form).
     * @param key the key
     * @param group the group
     * @param options the range, count, consumer and minimum idle time
     * @return a future completing with the pending entries in ID order
     */
    CompletableFuture<List<PendingEntry>> xpending(String key, String group, XPendingOptions options);

    /**
     * {@code XCLAIM}: take over pending entries idle for at least a time. Entries that no
     * longer exist are dropped from the pending list and not returned.
     * @param key the key
     * @param group the group
     * @param consumer the new owner
     * @param minIdle the minimum idle time
     * @param options delivery time, count, FORCE and LASTID
     * @param ids the IDs
     * @return a future completing with the claimed entries
     */
    CompletableFuture<List<StreamEntry>> xclaim(String key, String group, String consumer, Duration minIdle,
            XClaimOptions options, String... ids);

    /**
     * {@code XCLAIM ... JUSTID}: as {@link #xclaim} without incrementing the delivery
     * count, returning IDs only.
     * @param key the key
     * @param group the group
     * @param consumer the new owner
     * @param minIdle the minimum idle time
     * @param options delivery time, count, FORCE and LASTID
     * @param ids the IDs
     * @return a future completing with the claimed IDs
     */
    CompletableFuture<List<String>> xclaimJustId(String key, String group, String consumer, Duration minIdle,
            XClaimOptions options, String... ids);

    /**
     * {@code XAUTOCLAIM}: scan the pending list from an ID and claim entries idle for at
     * least a time.
     * @param key the key
     * @param group the group
     * @param consumer the new owner
     * @param minIdle the minimum idle time
     * @param start the ID to scan from ({@code 0-0} to start)
     * @param count the most entries to claim, positive
     * @return a future completing with the claimed entries, the next start and the IDs
     * dropped because deleted
     */
    CompletableFuture<AutoClaimResult> xautoclaim(String key, String group, String consumer, Duration minIdle,
            String start, long count);

    /**
     * {@code XINFO STREAM}.
     * @param key the key
     * @return a future completing with the stream's counters and first and last entries
     */
    CompletableFuture<StreamInfo> xinfoStream(String key);

    /**
     * {@code XINFO GROUPS}.
     * @param key the key
     * @return a future completing with the groups in name order
     */
    CompletableFuture<List<StreamGroupInfo>> xinfoGroups(String key);

    /**
     * {@code XINFO CONSUMERS}.
     * @param key the key
     * @param group the group
     * @return a future completing with the group's consumers in name order
     */
    CompletableFuture<List<StreamConsumerInfo>> xinfoConsumers(String key, String group);

}
