package io.unikv.testserver.internal.commands;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import io.unikv.testserver.internal.engine.ByteKey;
import io.unikv.testserver.internal.engine.CommandContext;
import io.unikv.testserver.internal.engine.HashValue;
import io.unikv.testserver.internal.engine.Reply;

/**
 * HRANDFIELD and HSCAN. A listpack-encoded hash is scanned whole in one call (cursor 0),
 * as Redis does; a bigger one goes through {@link ScanCursor}.
 *
 * @author unikv authors
 */
final class HashSampling {

    private HashSampling() {
    }

    /**
     * {@code HRANDFIELD key [count [WITHVALUES]]}.
     * @param ctx the command
     * @return a field, or an array (of pairs in RESP3 with values)
     */
    static Reply hrandfield(CommandContext ctx) {
        if (ctx.argc() == 2) {
            HashValue hash = HashCommands.hash(ctx.db(), ctx.key(1));
            if (hash == null) {
                return Reply.NULL;
            }
            List<Map.Entry<ByteKey, byte[]>> entries = hash.entries();
            return Reply.bulk(entries.get(ThreadLocalRandom.current().nextInt(entries.size())).getKey().bytes());
        }
        RandomSampling.Request request = RandomSampling.parse(ctx, "WITHVALUES");
        long count = request.count();
        boolean withValues = request.with();
        HashValue hash = HashCommands.hash(ctx.db(), ctx.key(1));
        if (hash == null || count == 0) {
            return Reply.EMPTY_ARRAY;
        }
        List<Map.Entry<ByteKey, byte[]>> entries = hash.entries();
        List<Map.Entry<ByteKey, byte[]>> picked = RandomSampling.pick(entries, count, entries);
        boolean pairs = withValues && ctx.client().protocol() > 2;
        List<Reply> items = new ArrayList<>(picked.size() * (withValues ? 2 : 1));
        for (Map.Entry<ByteKey, byte[]> entry : picked) {
            Reply field = Reply.bulk(entry.getKey().bytes());
            if (pairs) {
                items.add(Reply.array(List.of(field, Reply.bulk(entry.getValue()))));
            }
            else {
                items.add(field);
                if (withValues) {
                    items.add(Reply.bulk(entry.getValue()));
                }
            }
        }
        return Reply.array(items);
    }

    /**
     * {@code HSCAN key cursor [MATCH pattern] [COUNT count]}.
     * @param ctx the command
     * @return the next cursor and fields with their values
     */
    static Reply hscan(CommandContext ctx) {
        long cursor = ScanCursor.parse(ctx.arg(2));
        HashValue hash = HashCommands.hash(ctx.db(), ctx.key(1));
        if (hash == null) {
            return scanReply(0, List.of());
        }
        ScanCursor.Options options = ScanCursor.Options.parse(ctx, 3, false);
        List<Map.Entry<ByteKey, byte[]>> entries = hash.entries();
        long next = 0;
        if (!hash.isListpack()) {
            ScanCursor.Page<Map.Entry<ByteKey, byte[]>> page = ScanCursor.page(entries, Map.Entry::getKey, cursor,
                    options.count());
            entries = page.items();
            next = page.next();
        }
        List<Reply> items = new ArrayList<>();
        for (Map.Entry<ByteKey, byte[]> entry : entries) {
            if (options.accepts(entry.getKey().bytes())) {
                items.add(Reply.bulk(entry.getKey().bytes()));
                items.add(Reply.bulk(entry.getValue()));
            }
        }
        return scanReply(next, items);
    }

    /**
     * The two-element reply of the SCAN family.
     * @param cursor the next cursor, unsigned
     * @param items the elements
     * @return the reply
     */
    static Reply scanReply(long cursor, List<Reply> items) {
        return Reply.array(List.of(Reply.bulk(Long.toUnsignedString(cursor)), Reply.array(items)));
    }

}
