package io.unikv.testserver.internal.commands;

import java.util.ArrayList;
import java.util.List;

import io.unikv.testserver.internal.engine.ByteKey;
import io.unikv.testserver.internal.engine.CommandContext;
import io.unikv.testserver.internal.engine.CommandSpec;
import io.unikv.testserver.internal.engine.CommandTable;
import io.unikv.testserver.internal.engine.Database;
import io.unikv.testserver.internal.engine.Errors;
import io.unikv.testserver.internal.engine.RedisError;
import io.unikv.testserver.internal.engine.RedisValue;
import io.unikv.testserver.internal.engine.Reply;
import io.unikv.testserver.internal.engine.SetValue;
import org.jspecify.annotations.Nullable;

import static io.unikv.testserver.internal.engine.CommandSpec.Flag.DENYOOM;
import static io.unikv.testserver.internal.engine.CommandSpec.Flag.FAST;
import static io.unikv.testserver.internal.engine.CommandSpec.Flag.READONLY;
import static io.unikv.testserver.internal.engine.CommandSpec.Flag.WRITE;

/**
 * Sets: SADD, SREM, SISMEMBER, SMISMEMBER, SCARD, SMOVE and SSCAN, as Redis 7.0 answers
 * them. SMEMBERS and the set algebra live in {@link SetAlgebra}, SPOP and SRANDMEMBER in
 * {@link SetSampling}.
 *
 * @author unikv authors
 */
final class SetCommands {

    private SetCommands() {
    }

    static void register(CommandTable table) {
        table.register(CommandSpec.keys("sadd", -3, 1, 1, 1, SetCommands::sadd, WRITE, DENYOOM, FAST),
                CommandSpec.keys("srem", -3, 1, 1, 1, SetCommands::srem, WRITE, FAST),
                CommandSpec.keys("sismember", 3, 1, 1, 1, SetCommands::sismember, READONLY, FAST),
                CommandSpec.keys("smismember", -3, 1, 1, 1, SetCommands::smismember, READONLY, FAST),
                CommandSpec.keys("scard", 2, 1, 1, 1, SetCommands::scard, READONLY, FAST),
                CommandSpec.keys("smove", 4, 1, 2, 1, SetCommands::smove, WRITE, FAST),
                CommandSpec.keys("sscan", -3, 1, 1, 1, SetCommands::sscan, READONLY),
                CommandSpec.keys("spop", -2, 1, 1, 1, SetSampling::spop, WRITE, FAST),
                CommandSpec.keys("srandmember", -2, 1, 1, 1, SetSampling::srandmember, READONLY),
                CommandSpec.keys("smembers", 2, 1, 1, 1, SetAlgebra::sinter, READONLY),
                CommandSpec.keys("sinter", -2, 1, -1, 1, SetAlgebra::sinter, READONLY),
                CommandSpec.keys("sintercard", -3, 0, 0, 0, SetAlgebra::sintercard, READONLY),
                CommandSpec.keys("sinterstore", -3, 1, -1, 1, SetAlgebra::sinterstore, WRITE, DENYOOM),
                CommandSpec.keys("sunion", -2, 1, -1, 1, (ctx) -> SetAlgebra.unionDiff(ctx, false, false), READONLY),
                CommandSpec.keys("sunionstore", -3, 1, -1, 1, (ctx) -> SetAlgebra.unionDiff(ctx, false, true), WRITE,
                        DENYOOM),
                CommandSpec.keys("sdiff", -2, 1, -1, 1, (ctx) -> SetAlgebra.unionDiff(ctx, true, false), READONLY),
                CommandSpec.keys("sdiffstore", -3, 1, -1, 1, (ctx) -> SetAlgebra.unionDiff(ctx, true, true), WRITE,
                        DENYOOM));
    }

    /**
     * Return the set under a key.
     * @param db the database
     * @param key the key
     * @return the set, or {@code null} if the key does not exist
     * @throws RedisError {@link Errors#WRONGTYPE}
     */
    static @Nullable SetValue set(Database db, ByteKey key) {
        return db.get(key, SetValue.class);
    }

    /**
     * A RESP3 set reply of members.
     * @param members the members
     * @return the reply
     */
    static Reply members(List<byte[]> members) {
        List<Reply> items = new ArrayList<>(members.size());
        for (byte[] member : members) {
            items.add(Reply.bulk(member));
        }
        return new Reply.SetReply(items);
    }

    private static Reply sadd(CommandContext ctx) {
        Database db = ctx.db();
        ByteKey key = ctx.key(1);
        SetValue set = set(db, key);
        if (set == null) {
            set = new SetValue();
            db.set(key, set);
        }
        int added = 0;
        for (int i = 2; i < ctx.argc(); i++) {
            added += set.add(ctx.arg(i)) ? 1 : 0;
        }
        if (added > 0) {
            db.modified(key);
        }
        return Reply.integer(added);
    }

    private static Reply srem(CommandContext ctx) {
        ByteKey key = ctx.key(1);
        SetValue set = set(ctx.db(), key);
        if (set == null) {
            return Reply.ZERO;
        }
        int removed = 0;
        for (int i = 2; i < ctx.argc() && !set.isEmpty(); i++) {
            removed += set.remove(ctx.arg(i)) ? 1 : 0;
        }
        if (removed > 0) {
            ctx.db().deleteIfEmpty(key, set.isEmpty());
        }
        return Reply.integer(removed);
    }

    private static Reply sismember(CommandContext ctx) {
        SetValue set = set(ctx.db(), ctx.key(1));
        return (set != null && set.contains(ctx.arg(2))) ? Reply.ONE : Reply.ZERO;
    }

    private static Reply smismember(CommandContext ctx) {
        SetValue set = set(ctx.db(), ctx.key(1));
        List<Reply> replies = new ArrayList<>(ctx.argc() - 2);
        for (int i = 2; i < ctx.argc(); i++) {
            replies.add((set != null && set.contains(ctx.arg(i))) ? Reply.ONE : Reply.ZERO);
        }
        return Reply.array(replies);
    }

    private static Reply scard(CommandContext ctx) {
        SetValue set = set(ctx.db(), ctx.key(1));
        return Reply.integer((set != null) ? set.size() : 0);
    }

    private static Reply smove(CommandContext ctx) {
        Database db = ctx.db();
        ByteKey source = ctx.key(1);
        ByteKey destination = ctx.key(2);
        byte[] member = ctx.arg(3);
        RedisValue from = db.get(source);
        RedisValue to = db.get(destination);
        if (from == null) {
            return Reply.ZERO;
        }
        if (!(from instanceof SetValue sourceSet) || (to != null && !(to instanceof SetValue))) {
            throw new RedisError(Errors.WRONGTYPE);
        }
        if (source.equals(destination)) {
            return sourceSet.contains(member) ? Reply.ONE : Reply.ZERO;
        }
        if (!sourceSet.remove(member)) {
            return Reply.ZERO;
        }
        db.deleteIfEmpty(source, sourceSet.isEmpty());
        SetValue target = (SetValue) to;
        if (target == null) {
            target = new SetValue();
            db.set(destination, target);
        }
        if (target.add(member)) {
            db.modified(destination);
        }
        return Reply.ONE;
    }

    private static Reply sscan(CommandContext ctx) {
        long cursor = ScanCursor.parse(ctx.arg(2));
        SetValue set = set(ctx.db(), ctx.key(1));
        if (set == null) {
            return HashSampling.scanReply(0, List.of());
        }
        ScanCursor.Options options = ScanCursor.Options.parse(ctx, 3, false);
        List<byte[]> members = set.members();
        long next = 0;
        if (!set.isIntset()) {
            ScanCursor.Page<byte[]> page = ScanCursor.page(members, ByteKey::of, cursor, options.count());
            members = page.items();
            next = page.next();
        }
        List<Reply> items = new ArrayList<>();
        for (byte[] member : members) {
            if (options.accepts(member)) {
                items.add(Reply.bulk(member));
            }
        }
        return HashSampling.scanReply(next, items);
    }

}
