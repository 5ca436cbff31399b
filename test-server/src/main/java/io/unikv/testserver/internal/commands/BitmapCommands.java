package io.unikv.testserver.internal.commands;

import java.util.Arrays;

import io.unikv.testserver.internal.engine.ByteKey;
import io.unikv.testserver.internal.engine.CommandContext;
import io.unikv.testserver.internal.engine.CommandSpec;
import io.unikv.testserver.internal.engine.CommandTable;
import io.unikv.testserver.internal.engine.Database;
import io.unikv.testserver.internal.engine.Errors;
import io.unikv.testserver.internal.engine.RedisError;
import io.unikv.testserver.internal.engine.Reply;
import io.unikv.testserver.internal.engine.StringValue;
import org.jspecify.annotations.Nullable;

import static io.unikv.testserver.internal.engine.CommandSpec.Flag.DENYOOM;
import static io.unikv.testserver.internal.engine.CommandSpec.Flag.FAST;
import static io.unikv.testserver.internal.engine.CommandSpec.Flag.READONLY;
import static io.unikv.testserver.internal.engine.CommandSpec.Flag.WRITE;

/**
 * Bitmaps on string values: SETBIT, GETBIT, BITCOUNT, BITPOS, BITOP, BITFIELD and
 * BITFIELD_RO, as Redis 7.0 answers them (bit 0 is the most significant bit of byte 0;
 * writes grow the string with zero bytes).
 *
 * @author unikv authors
 */
final class BitmapCommands {

    private BitmapCommands() {
    }

    static void register(CommandTable table) {
        table.register(CommandSpec.keys("setbit", 4, 1, 1, 1, BitmapCommands::setbit, WRITE, DENYOOM),
                CommandSpec.keys("getbit", 3, 1, 1, 1, BitmapCommands::getbit, READONLY, FAST),
                CommandSpec.keys("bitcount", -2, 1, 1, 1, BitRanges::bitcount, READONLY),
                CommandSpec.keys("bitpos", -3, 1, 1, 1, BitRanges::bitpos, READONLY),
                CommandSpec.keys("bitop", -4, 2, -1, 1, BitmapCommands::bitop, WRITE, DENYOOM),
                CommandSpec.keys("bitfield", -2, 1, 1, 1, (ctx) -> BitField.run(ctx, false), WRITE, DENYOOM),
                CommandSpec.keys("bitfield_ro", -2, 1, 1, 1, (ctx) -> BitField.run(ctx, true), READONLY, FAST));
    }

    /**
     * Parse a bit offset as {@code getBitOffsetFromArgument} does: a non-negative integer
     * below 2^32 (512 MB of bits), or with {@code hash}, {@code #n} meaning {@code n}
     * times {@code bits}.
     * @param text the argument
     * @param hash whether {@code #n} is accepted
     * @param bits the field width for {@code #n}
     * @return the offset in bits
     */
    static long bitOffset(byte[] text, boolean hash, int bits) {
        boolean useHash = hash && bits > 0 && text.length > 0 && text[0] == '#';
        byte[] digits = useHash ? Arrays.copyOfRange(text, 1, text.length) : text;
        long offset = CommandContext.parseLong(digits, Errors.BIT_OFFSET);
        if (useHash) {
            offset *= bits;
        }
        if (offset < 0 || (offset >> 3) >= StringCommands.MAX_STRING) {
            throw new RedisError(Errors.BIT_OFFSET);
        }
        return offset;
    }

    /**
     * Return a copy of the string under a key grown with zero bytes to hold a bit, as
     * {@code lookupStringForBitCommand} does (after the type check).
     * @param db the database
     * @param key the key
     * @param maxBit the highest bit that will be written
     * @return the bytes to modify and store
     */
    static byte[] grownCopy(Database db, ByteKey key, long maxBit) {
        byte[] old = unshare(db, key);
        int size = (int) (maxBit >> 3) + 1;
        if (old == null) {
            return new byte[size];
        }
        return Arrays.copyOf(old, Math.max(old.length, size));
    }

    /**
     * Return the string under a key, re-encoded {@code raw} as Redis's
     * {@code dbUnshareStringValue} leaves it before a write, changed or not.
     * @param db the database
     * @param key the key
     * @return the bytes, or {@code null} if the key does not exist
     * @throws io.unikv.testserver.internal.engine.RedisError WRONGTYPE for other types
     */
    static byte @Nullable [] unshare(Database db, ByteKey key) {
        StringValue value = db.get(key, StringValue.class);
        if (value == null) {
            return null;
        }
        if (!value.raw()) {
            db.reencode(key, new StringValue(value.bytes(), true));
        }
        return value.bytes();
    }

    /**
     * Store the result of a bit write.
     * @param db the database
     * @param key the key
     * @param bytes the new content
     */
    static void store(Database db, ByteKey key, byte[] bytes) {
        if (db.exists(key)) {
            db.replace(key, new StringValue(bytes, true));
        }
        else {
            db.set(key, new StringValue(bytes, true));
        }
    }

    private static Reply setbit(CommandContext ctx) {
        long offset = bitOffset(ctx.arg(2), false, 0);
        long on = CommandContext.parseLong(ctx.arg(3), Errors.BIT_VALUE);
        if ((on & ~1L) != 0) {
            throw new RedisError(Errors.BIT_VALUE);
        }
        Database db = ctx.db();
        ByteKey key = ctx.key(1);
        byte[] old = StringCommands.value(db, key);
        byte[] bytes = grownCopy(db, key, offset);
        boolean dirty = old == null || old.length != bytes.length;
        int index = (int) (offset >> 3);
        int mask = 1 << (7 - (int) (offset & 7));
        boolean was = (bytes[index] & mask) != 0;
        if (dirty || was != (on == 1)) {
            bytes[index] = (byte) ((on == 1) ? (bytes[index] | mask) : (bytes[index] & ~mask));
            store(db, key, bytes);
        }
        return was ? Reply.ONE : Reply.ZERO;
    }

    private static Reply getbit(CommandContext ctx) {
        long offset = bitOffset(ctx.arg(2), false, 0);
        byte[] value = StringCommands.value(ctx.db(), ctx.key(1));
        if (value == null || (offset >> 3) >= value.length) {
            return Reply.ZERO;
        }
        int bit = value[(int) (offset >> 3)] & (1 << (7 - (int) (offset & 7)));
        return (bit != 0) ? Reply.ONE : Reply.ZERO;
    }

    private static Reply bitop(CommandContext ctx) {
        String op = ctx.option(1);
        if (!op.equals("AND") && !op.equals("OR") && !op.equals("XOR") && !op.equals("NOT")) {
            throw ctx.syntaxError();
        }
        if (op.equals("NOT") && ctx.argc() != 4) {
            throw new RedisError(Errors.BITOP_NOT_ONE_KEY);
        }
        Database db = ctx.db();
        int count = ctx.argc() - 3;
        byte[][] sources = new byte[count][];
        int maxLength = 0;
        for (int i = 0; i < count; i++) {
            byte[] value = StringCommands.value(db, ctx.key(i + 3));
            sources[i] = (value != null) ? value : new byte[0];
            maxLength = Math.max(maxLength, sources[i].length);
        }
        ByteKey target = ctx.key(2);
        if (maxLength == 0) {
            db.delete(target);
            return Reply.ZERO;
        }
        byte[] result = new byte[maxLength];
        for (int j = 0; j < maxLength; j++) {
            int output = byteAt(sources[0], j);
            if (op.equals("NOT")) {
                output = ~output;
            }
            for (int i = 1; i < count; i++) {
                int b = byteAt(sources[i], j);
                output = switch (op) {
                    case "AND" -> output & b;
                    case "OR" -> output | b;
                    default -> output ^ b;
                };
            }
            result[j] = (byte) output;
        }
        db.set(target, new StringValue(result, true));
        return Reply.integer(maxLength);
    }

    private static int byteAt(byte[] bytes, int index) {
        return (index < bytes.length) ? bytes[index] & 0xff : 0;
    }

}
