package io.unikv.testserver.internal.commands;

import java.util.ArrayList;
import java.util.List;

import io.unikv.testserver.internal.engine.ByteKey;
import io.unikv.testserver.internal.engine.CommandContext;
import io.unikv.testserver.internal.engine.Database;
import io.unikv.testserver.internal.engine.Errors;
import io.unikv.testserver.internal.engine.RedisError;
import io.unikv.testserver.internal.engine.Reply;

/**
 * BITFIELD and BITFIELD_RO: GET, SET and INCRBY on signed (i1..i64) and unsigned
 * (u1..u63) fields at bit offsets or {@code #n} field positions, with OVERFLOW WRAP, SAT
 * or FAIL applying to the operations after it. Every operation is parsed before any runs.
 *
 * @author unikv authors
 */
final class BitField {

    private static final int WRAP = 0;

    private static final int SAT = 1;

    private static final int FAIL = 2;

    private BitField() {
    }

    static Reply run(CommandContext ctx, boolean readOnlyCommand) {
        List<Op> ops = new ArrayList<>();
        int overflow = WRAP;
        boolean readOnly = true;
        long highest = 0;
        for (int j = 2; j < ctx.argc(); j++) {
            int remaining = ctx.argc() - j - 1;
            String sub = ctx.option(j);
            int opcode;
            if (sub.equals("GET") && remaining >= 2) {
                opcode = 0;
            }
            else if (sub.equals("SET") && remaining >= 3) {
                opcode = 1;
            }
            else if (sub.equals("INCRBY") && remaining >= 3) {
                opcode = 2;
            }
            else if (sub.equals("OVERFLOW") && remaining >= 1) {
                overflow = switch (ctx.option(++j)) {
                    case "WRAP" -> WRAP;
                    case "SAT" -> SAT;
                    case "FAIL" -> FAIL;
                    default -> throw new RedisError(Errors.BITFIELD_OVERFLOW);
                };
                continue;
            }
            else {
                throw ctx.syntaxError();
            }
            byte[] type = ctx.arg(j + 1);
            boolean signed = type.length > 0 && type[0] == 'i';
            if (type.length == 0 || (type[0] != 'i' && type[0] != 'u')) {
                throw new RedisError(Errors.BITFIELD_TYPE);
            }
            long bits = CommandContext.parseLong(java.util.Arrays.copyOfRange(type, 1, type.length),
                    Errors.BITFIELD_TYPE);
            if (bits < 1 || bits > (signed ? 64 : 63)) {
                throw new RedisError(Errors.BITFIELD_TYPE);
            }
            long offset = BitmapCommands.bitOffset(ctx.arg(j + 2), true, (int) bits);
            long value = 0;
            if (opcode != 0) {
                readOnly = false;
                highest = Math.max(highest, offset + bits - 1);
                value = ctx.longArg(j + 3);
            }
            ops.add(new Op(opcode, offset, (int) bits, signed, value, overflow));
            j += (opcode == 0) ? 2 : 3;
        }
        Database db = ctx.db();
        ByteKey key = ctx.key(1);
        byte[] bytes;
        boolean dirty = false;
        if (readOnly) {
            bytes = StringCommands.value(db, key);
        }
        else {
            if (readOnlyCommand) {
                throw new RedisError(Errors.BITFIELD_RO);
            }
            byte[] old = StringCommands.value(db, key);
            bytes = BitmapCommands.grownCopy(db, key, highest);
            dirty = old == null || old.length != bytes.length;
        }
        List<Reply> replies = new ArrayList<>(ops.size());
        boolean changed = dirty;
        for (Op op : ops) {
            if (op.opcode == 0) {
                replies.add(Reply.integer(get(bytes, op.offset, op.bits, op.signed)));
                continue;
            }
            long old = get(bytes, op.offset, op.bits, op.signed);
            long[] result = op.signed ? signedResult(op, old) : unsignedResult(op, old);
            if (result == null) {
                replies.add(Reply.NULL);
                continue;
            }
            replies.add(Reply.integer((op.opcode == 2) ? result[0] : old));
            set(bytes, op.offset, op.bits, result[0]);
            changed |= result[0] != old;
        }
        if (!readOnly && changed) {
            BitmapCommands.store(db, key, bytes);
        }
        return Reply.array(replies);
    }

    /** Return {new value} or {@code null} when FAIL refuses an overflow. */
    private static long[] signedResult(Op op, long old) {
        long max = (op.bits == 64) ? Long.MAX_VALUE : (1L << (op.bits - 1)) - 1;
        long min = -max - 1;
        long base = (op.opcode == 2) ? old : op.value;
        long incr = (op.opcode == 2) ? op.value : 0;
        long maxIncr = max - base;
        long minIncr = min - base;
        int direction = 0;
        if (base > max || (op.bits != 64 && incr > maxIncr) || (base >= 0 && incr > 0 && incr > maxIncr)) {
            direction = 1;
        }
        else if (base < min || (op.bits != 64 && incr < minIncr) || (base < 0 && incr < 0 && incr < minIncr)) {
            direction = -1;
        }
        if (direction == 0) {
            return new long[] { base + incr };
        }
        if (op.overflow == FAIL) {
            return null;
        }
        if (op.overflow == SAT) {
            return new long[] { (direction > 0) ? max : min };
        }
        long sum = base + incr;
        if (op.bits < 64) {
            long mask = -1L << op.bits;
            sum = ((sum & (1L << (op.bits - 1))) != 0) ? (sum | mask) : (sum & ~mask);
        }
        return new long[] { sum };
    }

    private static long[] unsignedResult(Op op, long old) {
        long max = (1L << op.bits) - 1;
        long base = (op.opcode == 2) ? old : op.value;
        long incr = (op.opcode == 2) ? op.value : 0;
        // unsigned 64-bit arithmetic, as Redis does it
        long maxIncr = max - base;
        long minIncr = -base;
        int direction = 0;
        if (Long.compareUnsigned(base, max) > 0 || (incr > 0 && incr > maxIncr)) {
            direction = 1;
        }
        else if (incr < 0 && incr < minIncr) {
            direction = -1;
        }
        if (direction == 0) {
            return new long[] { base + incr };
        }
        if (op.overflow == FAIL) {
            return null;
        }
        if (op.overflow == SAT) {
            return new long[] { (direction > 0) ? max : 0 };
        }
        return new long[] { (base + incr) & max };
    }

    private static long get(byte[] bytes, long offset, int bits, boolean signed) {
        long value = 0;
        for (int j = 0; j < bits; j++) {
            long position = offset + j;
            int index = (int) (position >> 3);
            int bit = (bytes != null && index < bytes.length) ? (bytes[index] >> (7 - (int) (position & 7))) & 1 : 0;
            value = (value << 1) | bit;
        }
        if (signed && bits < 64 && (value & (1L << (bits - 1))) != 0) {
            value |= -1L << bits;
        }
        return value;
    }

    private static void set(byte[] bytes, long offset, int bits, long value) {
        for (int j = 0; j < bits; j++) {
            long position = offset + j;
            int index = (int) (position >> 3);
            int mask = 1 << (7 - (int) (position & 7));
            boolean on = ((value >>> (bits - 1 - j)) & 1) != 0;
            bytes[index] = (byte) (on ? (bytes[index] | mask) : (bytes[index] & ~mask));
        }
    }

    private record Op(int opcode, long offset, int bits, boolean signed, long value, int overflow) {
    }

}
