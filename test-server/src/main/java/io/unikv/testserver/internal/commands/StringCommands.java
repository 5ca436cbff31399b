package io.unikv.testserver.internal.commands;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.unikv.testserver.internal.engine.ByteKey;
import io.unikv.testserver.internal.engine.CommandContext;
import io.unikv.testserver.internal.engine.CommandSpec;
import io.unikv.testserver.internal.engine.CommandTable;
import io.unikv.testserver.internal.engine.Database;
import io.unikv.testserver.internal.engine.Errors;
import io.unikv.testserver.internal.engine.RedisError;
import io.unikv.testserver.internal.engine.RedisNumbers;
import io.unikv.testserver.internal.engine.Reply;
import io.unikv.testserver.internal.engine.StringValue;
import org.jspecify.annotations.Nullable;

import static io.unikv.testserver.internal.engine.CommandSpec.Flag.DENYOOM;
import static io.unikv.testserver.internal.engine.CommandSpec.Flag.FAST;
import static io.unikv.testserver.internal.engine.CommandSpec.Flag.READONLY;
import static io.unikv.testserver.internal.engine.CommandSpec.Flag.WRITE;

/**
 * Strings and counters: GET, SET (every option), SETNX, SETEX, PSETEX, GETSET, GETDEL,
 * GETEX, MGET, MSET, MSETNX, INCR, DECR, INCRBY, DECRBY, INCRBYFLOAT, APPEND, STRLEN,
 * GETRANGE, SUBSTR, SETRANGE and LCS, as Redis 7.0 answers them.
 *
 * @author unikv authors
 */
final class StringCommands {

    /** Redis's default {@code proto-max-bulk-len}: the largest string. */
    static final long MAX_STRING = 512L * 1024 * 1024;

    private StringCommands() {
    }

    static void register(CommandTable table) {
        table.register(CommandSpec.keys("get", 2, 1, 1, 1, StringCommands::get, READONLY, FAST),
                CommandSpec.keys("set", -3, 1, 1, 1, StringCommands::set, WRITE, DENYOOM),
                CommandSpec.keys("setnx", 3, 1, 1, 1, StringCommands::setnx, WRITE, DENYOOM, FAST),
                CommandSpec.keys("setex", 4, 1, 1, 1, (ctx) -> setex(ctx, 1000), WRITE, DENYOOM),
                CommandSpec.keys("psetex", 4, 1, 1, 1, (ctx) -> setex(ctx, 1), WRITE, DENYOOM),
                CommandSpec.keys("getset", 3, 1, 1, 1, StringCommands::getset, WRITE, DENYOOM, FAST),
                CommandSpec.keys("getdel", 2, 1, 1, 1, StringCommands::getdel, WRITE, FAST),
                CommandSpec.keys("getex", -2, 1, 1, 1, StringCommands::getex, WRITE, FAST),
                CommandSpec.keys("mget", -2, 1, -1, 1, StringCommands::mget, READONLY, FAST),
                CommandSpec.keys("mset", -3, 1, -1, 2, StringCommands::mset, WRITE, DENYOOM),
                CommandSpec.keys("msetnx", -3, 1, -1, 2, StringCommands::msetnx, WRITE, DENYOOM),
                CommandSpec.keys("incr", 2, 1, 1, 1, (ctx) -> incrBy(ctx, 1), WRITE, DENYOOM, FAST),
                CommandSpec.keys("decr", 2, 1, 1, 1, (ctx) -> incrBy(ctx, -1), WRITE, DENYOOM, FAST),
                CommandSpec.keys("incrby", 3, 1, 1, 1, (ctx) -> incrBy(ctx, ctx.longArg(2)), WRITE, DENYOOM, FAST),
                CommandSpec.keys("decrby", 3, 1, 1, 1, StringCommands::decrBy, WRITE, DENYOOM, FAST),
                CommandSpec.keys("incrbyfloat", 3, 1, 1, 1, StringCommands::incrByFloat, WRITE, DENYOOM, FAST),
                CommandSpec.keys("append", 3, 1, 1, 1, StringCommands::append, WRITE, DENYOOM, FAST),
                CommandSpec.keys("strlen", 2, 1, 1, 1, StringCommands::strlen, READONLY, FAST),
                CommandSpec.keys("getrange", 4, 1, 1, 1, StringCommands::getrange, READONLY),
                CommandSpec.keys("substr", 4, 1, 1, 1, StringCommands::getrange, READONLY),
                CommandSpec.keys("setrange", 4, 1, 1, 1, StringCommands::setrange, WRITE, DENYOOM),
                CommandSpec.keys("lcs", -3, 1, 2, 1, StringCommands::lcs, READONLY));
    }

    /**
     * Return the string under a key.
     * @param db the database
     * @param key the key
     * @return the bytes, or {@code null} if the key does not exist
     * @throws RedisError {@link Errors#WRONGTYPE}
     */
    static byte @Nullable [] value(Database db, ByteKey key) {
        StringValue value = db.get(key, StringValue.class);
        return (value != null) ? value.bytes() : null;
    }

    private static Reply get(CommandContext ctx) {
        return Reply.bulk(value(ctx.db(), ctx.key(1)));
    }

    private static Reply set(CommandContext ctx) {
        String condition = null;
        String expiry = null;
        long expireAt = -1;
        boolean get = false;
        for (int i = 3; i < ctx.argc(); i++) {
            String option = ctx.option(i);
            boolean hasNext = i + 1 < ctx.argc();
            if ((option.equals("NX") || option.equals("XX")) && (condition == null || condition.equals(option))) {
                condition = option;
            }
            else if (option.equals("GET")) {
                get = true;
            }
            else if (option.equals("KEEPTTL") && expiry == null) {
                expiry = option;
            }
            else if (Expiry.isTimed(option) && expiry == null && hasNext) {
                expiry = option;
                i++;
            }
            else {
                throw ctx.syntaxError();
            }
        }
        if (expiry != null && !expiry.equals("KEEPTTL")) {
            int index = indexOfOption(ctx, expiry);
            expireAt = Expiry.absoluteMillis(ctx, expiry, index + 1);
        }
        Database db = ctx.db();
        ByteKey key = ctx.key(1);
        byte[] old = get ? value(db, key) : null;
        boolean exists = db.exists(key);
        if (("NX".equals(condition) && exists) || ("XX".equals(condition) && !exists)) {
            return get ? Reply.bulk(old) : Reply.NULL;
        }
        if ("KEEPTTL".equals(expiry)) {
            long ttl = exists ? db.expiry(key) : -1;
            db.set(key, new StringValue(ctx.arg(2)));
            if (ttl >= 0) {
                db.setExpiry(key, ttl);
            }
        }
        else {
            db.set(key, new StringValue(ctx.arg(2)));
            if (expireAt >= 0) {
                db.setExpiry(key, expireAt);
            }
        }
        return get ? Reply.bulk(old) : Reply.OK;
    }

    private static int indexOfOption(CommandContext ctx, String option) {
        for (int i = 3; i < ctx.argc(); i++) {
            if (ctx.option(i).equals(option)) {
                return i;
            }
        }
        throw ctx.syntaxError();
    }

    private static Reply setnx(CommandContext ctx) {
        Database db = ctx.db();
        ByteKey key = ctx.key(1);
        if (db.exists(key)) {
            return Reply.ZERO;
        }
        db.set(key, new StringValue(ctx.arg(2)));
        return Reply.ONE;
    }

    private static Reply setex(CommandContext ctx, long unitMillis) {
        long amount = ctx.longArg(2);
        if (amount <= 0 || amount > Long.MAX_VALUE / unitMillis || amount * unitMillis > Long.MAX_VALUE - ctx.now()) {
            throw new RedisError(Errors.invalidExpire(ctx.commandName()));
        }
        ByteKey key = ctx.key(1);
        ctx.db().set(key, new StringValue(ctx.arg(3)));
        ctx.db().setExpiry(key, ctx.now() + amount * unitMillis);
        return Reply.OK;
    }

    private static Reply getset(CommandContext ctx) {
        Database db = ctx.db();
        ByteKey key = ctx.key(1);
        byte[] old = value(db, key);
        db.set(key, new StringValue(ctx.arg(2)));
        return Reply.bulk(old);
    }

    private static Reply getdel(CommandContext ctx) {
        Database db = ctx.db();
        ByteKey key = ctx.key(1);
        byte[] old = value(db, key);
        if (old != null) {
            db.delete(key);
        }
        return Reply.bulk(old);
    }

    private static Reply getex(CommandContext ctx) {
        String expiry = null;
        long expireAt = -1;
        for (int i = 2; i < ctx.argc(); i++) {
            String option = ctx.option(i);
            if (option.equals("PERSIST") && expiry == null) {
                expiry = option;
            }
            else if (Expiry.isTimed(option) && expiry == null && i + 1 < ctx.argc()) {
                expiry = option;
                expireAt = Expiry.absoluteMillis(ctx, option, ++i);
            }
            else {
                throw ctx.syntaxError();
            }
        }
        Database db = ctx.db();
        ByteKey key = ctx.key(1);
        byte[] value = value(db, key);
        if (value != null && expiry != null) {
            if (expiry.equals("PERSIST")) {
                db.persist(key);
            }
            else {
                db.setExpiry(key, expireAt);
            }
        }
        return Reply.bulk(value);
    }

    private static Reply mget(CommandContext ctx) {
        Database db = ctx.db();
        List<Reply> replies = new ArrayList<>(ctx.argc() - 1);
        for (int i = 1; i < ctx.argc(); i++) {
            Object value = db.get(ctx.key(i));
            replies.add((value instanceof StringValue string) ? Reply.bulk(string.bytes()) : Reply.NULL);
        }
        return Reply.array(replies);
    }

    private static Reply mset(CommandContext ctx) {
        if (ctx.argc() % 2 == 0) {
            throw new RedisError(Errors.arity(ctx.commandName()));
        }
        for (int i = 1; i < ctx.argc(); i += 2) {
            ctx.db().set(ctx.key(i), new StringValue(ctx.arg(i + 1)));
        }
        return Reply.OK;
    }

    private static Reply msetnx(CommandContext ctx) {
        if (ctx.argc() % 2 == 0) {
            throw new RedisError(Errors.arity(ctx.commandName()));
        }
        for (int i = 1; i < ctx.argc(); i += 2) {
            if (ctx.db().exists(ctx.key(i))) {
                return Reply.ZERO;
            }
        }
        mset(ctx);
        return Reply.ONE;
    }

    private static Reply decrBy(CommandContext ctx) {
        long amount = ctx.longArg(2);
        if (amount == Long.MIN_VALUE) {
            throw new RedisError("ERR decrement would overflow");
        }
        return incrBy(ctx, -amount);
    }

    private static Reply incrBy(CommandContext ctx, long amount) {
        Database db = ctx.db();
        ByteKey key = ctx.key(1);
        byte[] old = value(db, key);
        long current = (old != null) ? CommandContext.parseLong(old, Errors.NOT_INTEGER) : 0;
        if ((amount < 0 && current < Long.MIN_VALUE - amount) || (amount > 0 && current > Long.MAX_VALUE - amount)) {
            throw new RedisError(Errors.OVERFLOW);
        }
        long next = current + amount;
        db.replace(key, new StringValue(Long.toString(next).getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        return Reply.integer(next);
    }

    private static Reply incrByFloat(CommandContext ctx) {
        Database db = ctx.db();
        ByteKey key = ctx.key(1);
        byte[] old = value(db, key);
        BigDecimal current = (old != null) ? parseLongDouble(old) : BigDecimal.ZERO;
        BigDecimal increment = parseLongDouble(ctx.arg(2));
        byte[] text = formatSum(current, increment);
        db.replace(key, new StringValue(text));
        return Reply.bulk(text);
    }

    /**
     * Add two {@code long double} values and format the sum as {@code INCRBYFLOAT} stores
     * it.
     * @param current the current value, {@code null} for an infinity
     * @param increment the increment, {@code null} for an infinity
     * @return the text of the sum
     * @throws RedisError {@link Errors#NAN_OR_INFINITY}
     */
    static byte[] formatSum(@Nullable BigDecimal current, @Nullable BigDecimal increment) {
        if (current == null || increment == null) {
            throw new RedisError(Errors.NAN_OR_INFINITY);
        }
        BigDecimal sum = RedisNumbers.toLongDouble(current.add(increment));
        return RedisNumbers.formatLongDouble(sum).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    /**
     * Parse a value the way Redis's {@code string2ld} does ({@code strtold}: decimal or
     * exponent notation, no spaces) and round it to a {@code long double}.
     * @param bytes the text
     * @return the value, or {@code null} for an infinity (which makes any sum fail)
     * @throws RedisError {@link Errors#NOT_FLOAT}
     */
    static @Nullable BigDecimal parseLongDouble(byte[] bytes) {
        String text = new String(bytes, java.nio.charset.StandardCharsets.US_ASCII);
        if (text.toLowerCase(java.util.Locale.ROOT).matches("[+-]?inf(inity)?")) {
            return null;
        }
        if (text.length() > 5 * 1024 || !text.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) {
            throw new RedisError(Errors.NOT_FLOAT);
        }
        return RedisNumbers.toLongDouble(new BigDecimal(text));
    }

    private static Reply append(CommandContext ctx) {
        Database db = ctx.db();
        ByteKey key = ctx.key(1);
        byte[] old = value(db, key);
        byte[] add = ctx.arg(2);
        if (old == null) {
            db.set(key, new StringValue(add));
            return Reply.integer(add.length);
        }
        checkLength((long) old.length + add.length);
        byte[] joined = Arrays.copyOf(old, old.length + add.length);
        System.arraycopy(add, 0, joined, old.length, add.length);
        db.replace(key, new StringValue(joined));
        return Reply.integer(joined.length);
    }

    private static Reply strlen(CommandContext ctx) {
        byte[] value = value(ctx.db(), ctx.key(1));
        return Reply.integer((value != null) ? value.length : 0);
    }

    private static Reply getrange(CommandContext ctx) {
        long start = ctx.longArg(2);
        long end = ctx.longArg(3);
        byte[] value = value(ctx.db(), ctx.key(1));
        if (value == null || (start < 0 && end < 0 && start > end)) {
            return Reply.bulk(new byte[0]);
        }
        long length = value.length;
        start = (start < 0) ? Math.max(0, length + start) : start;
        end = (end < 0) ? Math.max(0, length + end) : end;
        end = Math.min(end, length - 1);
        if (start > end || length == 0) {
            return Reply.bulk(new byte[0]);
        }
        return Reply.bulk(Arrays.copyOfRange(value, (int) start, (int) end + 1));
    }

    private static Reply setrange(CommandContext ctx) {
        long offset = ctx.longArg(2);
        if (offset < 0) {
            throw new RedisError(Errors.OFFSET_OUT_OF_RANGE);
        }
        Database db = ctx.db();
        ByteKey key = ctx.key(1);
        byte[] old = value(db, key);
        byte[] patch = ctx.arg(3);
        if (patch.length == 0) {
            return Reply.integer((old != null) ? old.length : 0);
        }
        checkLength(offset + patch.length);
        byte[] base = (old != null) ? old : new byte[0];
        byte[] next = Arrays.copyOf(base, (int) Math.max(base.length, offset + patch.length));
        System.arraycopy(patch, 0, next, (int) offset, patch.length);
        if (old == null) {
            db.set(key, new StringValue(next));
        }
        else {
            db.replace(key, new StringValue(next));
        }
        return Reply.integer(next.length);
    }

    private static void checkLength(long length) {
        if (length > MAX_STRING) {
            throw new RedisError(Errors.STRING_TOO_LONG);
        }
    }

    private static Reply lcs(CommandContext ctx) {
        boolean len = false;
        boolean idx = false;
        boolean withMatchLen = false;
        long minMatchLen = 0;
        for (int i = 3; i < ctx.argc(); i++) {
            String option = ctx.option(i);
            if (option.equals("LEN")) {
                len = true;
            }
            else if (option.equals("IDX")) {
                idx = true;
            }
            else if (option.equals("WITHMATCHLEN")) {
                withMatchLen = true;
            }
            else if (option.equals("MINMATCHLEN") && i + 1 < ctx.argc()) {
                minMatchLen = Math.max(0, ctx.longArg(++i));
            }
            else {
                throw ctx.syntaxError();
            }
        }
        if (len && idx) {
            throw new RedisError("ERR If you want both the length and indexes, please just use IDX.");
        }
        byte[] a = lcsOperand(ctx, 1);
        byte[] b = lcsOperand(ctx, 2);
        return Lcs.reply(a, b, len, idx, withMatchLen, minMatchLen);
    }

    private static byte[] lcsOperand(CommandContext ctx, int index) {
        Object value = ctx.db().get(ctx.key(index));
        if (value == null) {
            return new byte[0];
        }
        if (!(value instanceof StringValue string)) {
            throw new RedisError("ERR The specified keys must contain string values");
        }
        return string.bytes();
    }

}
