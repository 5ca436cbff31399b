package io.unikv.testserver.internal.commands;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import io.unikv.testserver.internal.engine.ByteKey;
import io.unikv.testserver.internal.engine.CommandContext;
import io.unikv.testserver.internal.engine.Database;
import io.unikv.testserver.internal.engine.Errors;
import io.unikv.testserver.internal.engine.RedisError;
import io.unikv.testserver.internal.engine.Reply;
import io.unikv.testserver.internal.engine.SetValue;

/**
 * SPOP and SRANDMEMBER, with Redis 7.0's strategies where they are visible: popping the
 * whole set returns it as a fresh set would list it, and popping most of a set rebuilds
 * the set from the members that stay (which can turn it back into an intset).
 *
 * @author unikv authors
 */
final class SetSampling {

    /** Redis's {@code SPOP_MOVE_STRATEGY_MUL}. */
    private static final int MOVE_STRATEGY_MUL = 5;

    private SetSampling() {
    }

    /**
     * {@code SPOP key [count]}.
     * @param ctx the command
     * @return a member, or a set of members
     */
    static Reply spop(CommandContext ctx) {
        if (ctx.argc() > 3) {
            throw ctx.syntaxError();
        }
        if (ctx.argc() == 3) {
            return spopCount(ctx);
        }
        Database db = ctx.db();
        ByteKey key = ctx.key(1);
        SetValue set = SetCommands.set(db, key);
        if (set == null) {
            return Reply.NULL;
        }
        byte[] member = set.random(ThreadLocalRandom.current());
        set.remove(member);
        db.deleteIfEmpty(key, set.isEmpty());
        return Reply.bulk(member);
    }

    private static Reply spopCount(CommandContext ctx) {
        long count = CommandContext.parseLong(ctx.arg(2), Errors.MUST_BE_POSITIVE);
        if (count < 0) {
            throw new RedisError(Errors.MUST_BE_POSITIVE);
        }
        Database db = ctx.db();
        ByteKey key = ctx.key(1);
        SetValue set = SetCommands.set(db, key);
        if (set == null || count == 0) {
            return SetCommands.members(List.of());
        }
        int size = set.size();
        if (count >= size) {
            SetValue all = new SetValue();
            set.members().forEach(all::add);
            db.delete(key);
            return SetCommands.members(all.members());
        }
        long remaining = size - count;
        ThreadLocalRandom random = ThreadLocalRandom.current();
        if (remaining * MOVE_STRATEGY_MUL > count) {
            List<byte[]> popped = new ArrayList<>((int) count);
            for (long i = 0; i < count; i++) {
                byte[] member = set.random(random);
                set.remove(member);
                popped.add(member);
            }
            db.modified(key);
            return SetCommands.members(popped);
        }
        SetValue kept = new SetValue();
        for (long i = 0; i < remaining; i++) {
            byte[] member = set.random(random);
            set.remove(member);
            kept.add(member);
        }
        db.replace(key, kept);
        return SetCommands.members(set.members());
    }

    /**
     * {@code SRANDMEMBER key [count]}.
     * @param ctx the command
     * @return a member, or an array of members
     */
    static Reply srandmember(CommandContext ctx) {
        if (ctx.argc() > 3) {
            throw ctx.syntaxError();
        }
        ThreadLocalRandom random = ThreadLocalRandom.current();
        if (ctx.argc() == 2) {
            SetValue set = SetCommands.set(ctx.db(), ctx.key(1));
            return (set != null) ? Reply.bulk(set.random(random)) : Reply.NULL;
        }
        long count = ctx.longArg(2);
        if (count == Long.MIN_VALUE) {
            throw new RedisError(Errors.RANDOM_COUNT_OUT_OF_RANGE);
        }
        SetValue set = SetCommands.set(ctx.db(), ctx.key(1));
        if (set == null || count == 0) {
            return Reply.EMPTY_ARRAY;
        }
        List<byte[]> picked;
        if (count < 0 || count == 1) {
            long draws = Math.abs(count);
            picked = new ArrayList<>((int) Math.min(draws, 1 << 20));
            for (long i = 0; i < draws; i++) {
                picked.add(set.random(random));
            }
        }
        else {
            picked = set.members();
            if (count < picked.size()) {
                Collections.shuffle(picked, random);
                picked = picked.subList(0, (int) count);
            }
        }
        List<Reply> items = new ArrayList<>(picked.size());
        for (byte[] member : picked) {
            items.add(Reply.bulk(member));
        }
        return Reply.array(items);
    }

}
