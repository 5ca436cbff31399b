package io.unikv.testserver.internal.commands;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import io.unikv.testserver.internal.engine.CommandContext;
import io.unikv.testserver.internal.engine.Reply;
import io.unikv.testserver.internal.engine.ZSetValue;

/**
 * ZRANDMEMBER and ZSCAN. A count at least the size of the set returns it whole in score
 * order, as Redis does. A listpack-encoded sorted set is scanned whole in one call
 * (cursor 0) with scores printed as Redis's {@code d2string} prints them; a bigger one
 * goes through {@link ScanCursor}.
 *
 * @author unikv authors
 */
final class ZSetSampling {

    private ZSetSampling() {
    }

    static Reply zrandmember(CommandContext ctx) {
        if (ctx.argc() == 2) {
            ZSetValue zset = SortedSetCommands.zset(ctx.db(), ctx.key(1));
            if (zset == null) {
                return Reply.NULL;
            }
            List<ZSetValue.Entry> entries = new ArrayList<>(zset.entries());
            return Reply.bulk(entries.get(ThreadLocalRandom.current().nextInt(entries.size())).member().bytes());
        }
        RandomSampling.Request request = RandomSampling.parse(ctx, "WITHSCORES");
        long count = request.count();
        boolean withScores = request.with();
        ZSetValue zset = SortedSetCommands.zset(ctx.db(), ctx.key(1));
        if (zset == null || count == 0) {
            return Reply.EMPTY_ARRAY;
        }
        // Redis walks sorted sets from the highest score down when returning all of them
        List<ZSetValue.Entry> picked = RandomSampling.pick(new ArrayList<>(zset.entries()), count,
                new ArrayList<>(zset.entries().descendingSet()));
        return SortedSetCommands.entries(ctx, picked, withScores);
    }

    static Reply zscan(CommandContext ctx) {
        long cursor = ScanCursor.parse(ctx.arg(2));
        ZSetValue zset = SortedSetCommands.zset(ctx.db(), ctx.key(1));
        if (zset == null) {
            return HashSampling.scanReply(0, List.of());
        }
        ScanCursor.Options options = ScanCursor.Options.parse(ctx, 3, false);
        List<ZSetValue.Entry> entries = new ArrayList<>(zset.entries());
        long next = 0;
        if (!zset.isListpack()) {
            ScanCursor.Page<ZSetValue.Entry> page = ScanCursor.page(entries, ZSetValue.Entry::member, cursor,
                    options.count());
            entries = page.items();
            next = page.next();
        }
        List<Reply> items = new ArrayList<>();
        for (ZSetValue.Entry entry : entries) {
            if (options.accepts(entry.member().bytes())) {
                items.add(Reply.bulk(entry.member().bytes()));
                items.add(Reply.bulk(ZScores.d2string(entry.score())));
            }
        }
        return HashSampling.scanReply(next, items);
    }

}
