package io.unikv.testserver.internal.commands;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.unikv.testserver.internal.engine.ByteKey;
import io.unikv.testserver.internal.engine.CommandContext;
import io.unikv.testserver.internal.engine.CommandSpec;
import io.unikv.testserver.internal.engine.CommandTable;
import io.unikv.testserver.internal.engine.Database;
import io.unikv.testserver.internal.engine.Errors;
import io.unikv.testserver.internal.engine.HashValue;
import io.unikv.testserver.internal.engine.RedisError;
import io.unikv.testserver.internal.engine.Reply;
import org.jspecify.annotations.Nullable;

import static io.unikv.testserver.internal.engine.CommandSpec.Flag.DENYOOM;
import static io.unikv.testserver.internal.engine.CommandSpec.Flag.FAST;
import static io.unikv.testserver.internal.engine.CommandSpec.Flag.READONLY;
import static io.unikv.testserver.internal.engine.CommandSpec.Flag.WRITE;

/**
 * Hashes: HSET, HSETNX, HMSET, HGET, HMGET, HGETALL, HKEYS, HVALS, HDEL, HEXISTS, HLEN,
 * HSTRLEN, HINCRBY and HINCRBYFLOAT, as Redis 7.0 answers them. HRANDFIELD and HSCAN live
 * in {@link HashSampling}.
 *
 * @author unikv authors
 */
final class HashCommands {

    private HashCommands() {
    }

    static void register(CommandTable table) {
        table.register(CommandSpec.keys("hset", -4, 1, 1, 1, HashCommands::hset, WRITE, DENYOOM, FAST),
                CommandSpec.keys("hmset", -4, 1, 1, 1, HashCommands::hset, WRITE, DENYOOM, FAST),
                CommandSpec.keys("hsetnx", 4, 1, 1, 1, HashCommands::hsetnx, WRITE, DENYOOM, FAST),
                CommandSpec.keys("hget", 3, 1, 1, 1, HashCommands::hget, READONLY, FAST),
                CommandSpec.keys("hmget", -3, 1, 1, 1, HashCommands::hmget, READONLY, FAST),
                CommandSpec.keys("hgetall", 2, 1, 1, 1, (ctx) -> all(ctx, true, true), READONLY),
                CommandSpec.keys("hkeys", 2, 1, 1, 1, (ctx) -> all(ctx, true, false), READONLY),
                CommandSpec.keys("hvals", 2, 1, 1, 1, (ctx) -> all(ctx, false, true), READONLY),
                CommandSpec.keys("hdel", -3, 1, 1, 1, HashCommands::hdel, WRITE, FAST),
                CommandSpec.keys("hexists", 3, 1, 1, 1, HashCommands::hexists, READONLY, FAST),
                CommandSpec.keys("hlen", 2, 1, 1, 1, HashCommands::hlen, READONLY, FAST),
                CommandSpec.keys("hstrlen", 3, 1, 1, 1, HashCommands::hstrlen, READONLY, FAST),
                CommandSpec.keys("hincrby", 4, 1, 1, 1, HashCommands::hincrby, WRITE, DENYOOM, FAST),
                CommandSpec.keys("hincrbyfloat", 4, 1, 1, 1, HashCommands::hincrbyfloat, WRITE, DENYOOM, FAST),
                CommandSpec.keys("hrandfield", -2, 1, 1, 1, HashSampling::hrandfield, READONLY),
                CommandSpec.keys("hscan", -3, 1, 1, 1, HashSampling::hscan, READONLY));
    }

    /**
     * Return the hash under a key.
     * @param db the database
     * @param key the key
     * @return the hash, or {@code null} if the key does not exist
     * @throws RedisError {@link Errors#WRONGTYPE}
     */
    static @Nullable HashValue hash(Database db, ByteKey key) {
        return db.get(key, HashValue.class);
    }

    private static HashValue hashForWrite(Database db, ByteKey key) {
        HashValue hash = hash(db, key);
        if (hash == null) {
            hash = new HashValue();
            db.set(key, hash);
        }
        return hash;
    }

    private static Reply hset(CommandContext ctx) {
        if (ctx.argc() % 2 == 1) {
            throw new RedisError(Errors.arity(ctx.commandName()));
        }
        ByteKey key = ctx.key(1);
        HashValue hash = hashForWrite(ctx.db(), key);
        hash.convertForArguments(ctx.args(), 2, ctx.argc() - 1);
        int created = 0;
        for (int i = 2; i < ctx.argc(); i += 2) {
            created += hash.put(ctx.arg(i), ctx.arg(i + 1)) ? 1 : 0;
        }
        ctx.db().modified(key);
        return ctx.commandName().equals("hset") ? Reply.integer(created) : Reply.OK;
    }

    private static Reply hsetnx(CommandContext ctx) {
        ByteKey key = ctx.key(1);
        HashValue hash = hashForWrite(ctx.db(), key);
        if (hash.get(ctx.arg(2)) != null) {
            return Reply.ZERO;
        }
        hash.convertForArguments(ctx.args(), 2, 3);
        hash.put(ctx.arg(2), ctx.arg(3));
        ctx.db().modified(key);
        return Reply.ONE;
    }

    private static Reply hget(CommandContext ctx) {
        HashValue hash = hash(ctx.db(), ctx.key(1));
        return Reply.bulk((hash != null) ? hash.get(ctx.arg(2)) : null);
    }

    private static Reply hmget(CommandContext ctx) {
        HashValue hash = hash(ctx.db(), ctx.key(1));
        List<Reply> values = new ArrayList<>(ctx.argc() - 2);
        for (int i = 2; i < ctx.argc(); i++) {
            values.add(Reply.bulk((hash != null) ? hash.get(ctx.arg(i)) : null));
        }
        return Reply.array(values);
    }

    private static Reply all(CommandContext ctx, boolean fields, boolean values) {
        HashValue hash = hash(ctx.db(), ctx.key(1));
        List<Reply> items = new ArrayList<>();
        if (hash != null) {
            for (Map.Entry<ByteKey, byte[]> entry : hash.entries()) {
                if (fields) {
                    items.add(Reply.bulk(entry.getKey().bytes()));
                }
                if (values) {
                    items.add(Reply.bulk(entry.getValue()));
                }
            }
        }
        return (fields && values) ? new Reply.MapReply(items) : Reply.array(items);
    }

    private static Reply hdel(CommandContext ctx) {
        ByteKey key = ctx.key(1);
        HashValue hash = hash(ctx.db(), key);
        if (hash == null) {
            return Reply.ZERO;
        }
        int deleted = 0;
        for (int i = 2; i < ctx.argc() && !hash.isEmpty(); i++) {
            deleted += hash.remove(ctx.arg(i)) ? 1 : 0;
        }
        if (deleted > 0) {
            ctx.db().deleteIfEmpty(key, hash.isEmpty());
        }
        return Reply.integer(deleted);
    }

    private static Reply hexists(CommandContext ctx) {
        HashValue hash = hash(ctx.db(), ctx.key(1));
        return (hash != null && hash.get(ctx.arg(2)) != null) ? Reply.ONE : Reply.ZERO;
    }

    private static Reply hlen(CommandContext ctx) {
        HashValue hash = hash(ctx.db(), ctx.key(1));
        return Reply.integer((hash != null) ? hash.size() : 0);
    }

    private static Reply hstrlen(CommandContext ctx) {
        HashValue hash = hash(ctx.db(), ctx.key(1));
        byte[] value = (hash != null) ? hash.get(ctx.arg(2)) : null;
        return Reply.integer((value != null) ? value.length : 0);
    }

    private static Reply hincrby(CommandContext ctx) {
        long increment = ctx.longArg(3);
        ByteKey key = ctx.key(1);
        HashValue hash = hashForWrite(ctx.db(), key);
        byte[] old = hash.get(ctx.arg(2));
        long current = (old != null) ? CommandContext.parseLong(old, Errors.HASH_NOT_INTEGER) : 0;
        long next;
        try {
            next = Math.addExact(current, increment);
        }
        catch (ArithmeticException ex) {
            throw new RedisError(Errors.OVERFLOW);
        }
        hash.put(ctx.arg(2), Long.toString(next).getBytes(StandardCharsets.US_ASCII));
        ctx.db().modified(key);
        return Reply.integer(next);
    }

    private static Reply hincrbyfloat(CommandContext ctx) {
        BigDecimal increment = StringCommands.parseLongDouble(ctx.arg(3));
        if (increment == null) {
            throw new RedisError(Errors.NAN_OR_INFINITY_ARGUMENT);
        }
        ByteKey key = ctx.key(1);
        HashValue hash = hashForWrite(ctx.db(), key);
        byte[] old = hash.get(ctx.arg(2));
        BigDecimal current = BigDecimal.ZERO;
        if (old != null) {
            try {
                current = StringCommands.parseLongDouble(old);
            }
            catch (RedisError ex) {
                throw new RedisError(Errors.HASH_NOT_FLOAT);
            }
        }
        byte[] text = StringCommands.formatSum(current, increment);
        hash.put(ctx.arg(2), text);
        ctx.db().modified(key);
        return Reply.bulk(text);
    }

}
