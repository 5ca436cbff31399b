package io.unikv.testserver.internal.commands;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.unikv.testserver.internal.engine.ByteKey;
import io.unikv.testserver.internal.engine.CommandContext;
import io.unikv.testserver.internal.engine.Database;
import io.unikv.testserver.internal.engine.Errors;
import io.unikv.testserver.internal.engine.RedisError;
import io.unikv.testserver.internal.engine.Reply;
import io.unikv.testserver.internal.engine.SetValue;
import org.jspecify.annotations.Nullable;

/**
 * SMEMBERS, SINTER, SINTERCARD, SINTERSTORE, SUNION, SUNIONSTORE, SDIFF and SDIFFSTORE.
 * Results are built in a fresh set, as Redis builds them in a fresh intset, so an
 * all-integer result comes back in ascending order exactly as Redis sends it.
 *
 * @author unikv authors
 */
final class SetAlgebra {

    private SetAlgebra() {
    }

    /**
     * {@code SINTER key [key ...]}, and {@code SMEMBERS key} (which Redis 7.0 runs as a
     * one-key SINTER).
     * @param ctx the command
     * @return the members
     */
    static Reply sinter(CommandContext ctx) {
        SetValue result = intersect(ctx, 1, ctx.argc() - 1, 0);
        return SetCommands.members((result != null) ? result.members() : List.of());
    }

    /**
     * {@code SINTERSTORE destination key [key ...]}.
     * @param ctx the command
     * @return the size of the stored set
     */
    static Reply sinterstore(CommandContext ctx) {
        SetValue result = intersect(ctx, 2, ctx.argc() - 2, 0);
        return store(ctx.db(), ctx.key(1), result);
    }

    /**
     * {@code SINTERCARD numkeys key [key ...] [LIMIT limit]}.
     * @param ctx the command
     * @return the size of the intersection, at most the limit
     */
    static Reply sintercard(CommandContext ctx) {
        long numkeys = CommandContext.parseLong(ctx.arg(1), Errors.LIST_NUMKEYS);
        if (numkeys < 1) {
            throw new RedisError(Errors.LIST_NUMKEYS);
        }
        if (numkeys > ctx.argc() - 2) {
            throw new RedisError(Errors.NUMKEYS_TOO_MANY);
        }
        long limit = 0;
        for (int i = 2 + (int) numkeys; i < ctx.argc(); i++) {
            if (ctx.is(i, "LIMIT") && i + 1 < ctx.argc()) {
                limit = CommandContext.parseLong(ctx.arg(++i), Errors.LIMIT_NEGATIVE);
                if (limit < 0) {
                    throw new RedisError(Errors.LIMIT_NEGATIVE);
                }
            }
            else {
                throw ctx.syntaxError();
            }
        }
        SetValue result = intersect(ctx, 2, (int) numkeys, limit);
        return Reply.integer((result != null) ? result.size() : 0);
    }

    /**
     * Intersect sets named by consecutive arguments.
     * @param ctx the command
     * @param from the first key position
     * @param count the number of keys
     * @param limit stop after this many members, 0 for no limit
     * @return the result, or {@code null} if a key is missing (so the result is empty)
     */
    private static @Nullable SetValue intersect(CommandContext ctx, int from, int count, long limit) {
        List<SetValue> sets = new ArrayList<>(count);
        boolean missing = false;
        for (int i = from; i < from + count; i++) {
            SetValue set = SetCommands.set(ctx.db(), ctx.key(i));
            missing |= set == null;
            sets.add(set);
        }
        if (missing) {
            return null;
        }
        // iterate the smallest set, as Redis does: its order is the order of the reply
        sets.sort(Comparator.comparingInt(SetValue::size));
        SetValue result = new SetValue();
        for (byte[] member : sets.get(0).members()) {
            if (sets.stream().allMatch((set) -> set.contains(member))) {
                result.add(member);
                if (limit > 0 && result.size() >= limit) {
                    break;
                }
            }
        }
        return result;
    }

    /**
     * {@code SUNION}, {@code SDIFF} and their {@code STORE} forms.
     * @param ctx the command
     * @param diff whether it is a difference rather than a union
     * @param store whether the first argument is a destination
     * @return the members, or the size of the stored set
     */
    static Reply unionDiff(CommandContext ctx, boolean diff, boolean store) {
        int from = store ? 2 : 1;
        List<@Nullable SetValue> sets = new ArrayList<>();
        for (int i = from; i < ctx.argc(); i++) {
            sets.add(SetCommands.set(ctx.db(), ctx.key(i)));
        }
        SetValue result = new SetValue();
        if (!diff) {
            for (SetValue set : sets) {
                if (set != null) {
                    for (byte[] member : set.members()) {
                        result.add(member);
                    }
                }
            }
        }
        else if (sets.get(0) != null) {
            for (byte[] member : sets.get(0).members()) {
                if (sets.stream().skip(1).noneMatch((set) -> set != null && set.contains(member))) {
                    result.add(member);
                }
            }
        }
        return store ? store(ctx.db(), ctx.key(1), result) : SetCommands.members(result.members());
    }

    private static Reply store(Database db, ByteKey destination, @Nullable SetValue result) {
        if (result == null || result.isEmpty()) {
            db.delete(destination);
            return Reply.ZERO;
        }
        db.set(destination, result);
        return Reply.integer(result.size());
    }

}
