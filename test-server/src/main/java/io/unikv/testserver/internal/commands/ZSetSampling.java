package io.unikv.testserver.internal.commands;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import io.unikv.testserver.internal.engine.CommandContext;
import io.unikv.testserver.internal.engine.Errors;
import io.unikv.testserver.internal.engine.RedisError;
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
        long count = ctx.longArg(2);
        if (count == Long.MIN_VALUE) {
            throw new RedisError(Errors.RANDOM_COUNT_OUT_OF_RANGE);
        }
        boolean withScores = ctx.argc() == 4;
        if (ctx.argc() > 4 || (withScores && !ctx.is(3, "WITHSCORES"))) {
            throw ctx.syntaxError();
        }
        if (withScores && (count < -Long.MAX_VALUE / 2 || count > Long.MAX_VALUE / 2)) {
            throw new RedisError(Errors.VALUE_OUT_OF_RANGE);
        }
        ZSetValue zset = SortedSetCommands.zset(ctx.db(), ctx.key(1));
        if (zset == null || count == 0) {
            return Reply.EMPTY_ARRAY;
        }
        List<ZSetValue.Entry> entries = new ArrayList<>(zset.entries());
        List<ZSetValue.Entry> picked;
        if (count < 0 || count == 1) {
            // repetitions allowed: independent draws
            long draws = (count < 0) ? -count : count;
            picked = new ArrayList<>((int) Math.min(draws, 1 << 20));
            for (long i = 0; i < draws; i++) {
                picked.add(entries.get(ThreadLocalRandom.current().nextInt(entries.size())));
            }
        }
        else if (count >= entries.size()) {
            // Redis walks sorted sets from the highest score down here
            picked = new ArrayList<>(zset.entries().descendingSet());
        }
        else {
            Collections.shuffle(entries, ThreadLocalRandom.current());
            picked = entries.subList(0, (int) count);
        }
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
