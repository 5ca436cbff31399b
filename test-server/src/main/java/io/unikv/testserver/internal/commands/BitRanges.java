package io.unikv.testserver.internal.commands;

import io.unikv.testserver.internal.engine.CommandContext;
import io.unikv.testserver.internal.engine.Errors;
import io.unikv.testserver.internal.engine.RedisError;
import io.unikv.testserver.internal.engine.Reply;

/**
 * BITCOUNT and BITPOS: a byte or bit range (negative ends count from the end, clamped to
 * the string), with Redis's argument checks in Redis's order.
 *
 * @author unikv authors
 */
final class BitRanges {

    private BitRanges() {
    }

    static Reply bitcount(CommandContext ctx) {
        byte[] value = StringCommands.value(ctx.db(), ctx.key(1));
        if (value == null) {
            return Reply.ZERO;
        }
        long start;
        long end;
        boolean bit = false;
        if (ctx.argc() == 4 || ctx.argc() == 5) {
            start = ctx.longArg(2);
            end = ctx.longArg(3);
            if (start < 0 && end < 0 && start > end) {
                return Reply.ZERO;
            }
            if (ctx.argc() == 5) {
                bit = unit(ctx, 4);
            }
        }
        else if (ctx.argc() == 2) {
            start = 0;
            end = value.length - 1L;
        }
        else {
            throw ctx.syntaxError();
        }
        long total = bit ? value.length * 8L : value.length;
        long[] range = clamp(start, end, total);
        if (range[0] > range[1]) {
            return Reply.ZERO;
        }
        long first = bit ? range[0] : range[0] * 8;
        long last = bit ? range[1] : range[1] * 8 + 7;
        return Reply.integer(countBits(value, first, last));
    }

    static Reply bitpos(CommandContext ctx) {
        long bit = CommandContext.parseLong(ctx.arg(2), Errors.NOT_INTEGER);
        if (bit != 0 && bit != 1) {
            throw new RedisError(Errors.BITPOS_BIT);
        }
        byte[] value = StringCommands.value(ctx.db(), ctx.key(1));
        if (value == null) {
            return Reply.integer((bit == 1) ? -1 : 0);
        }
        long start;
        long end;
        boolean bits = false;
        boolean endGiven = false;
        if (ctx.argc() >= 4 && ctx.argc() <= 6) {
            start = ctx.longArg(3);
            if (ctx.argc() == 6) {
                bits = unit(ctx, 5);
            }
            if (ctx.argc() >= 5) {
                end = ctx.longArg(4);
                endGiven = true;
            }
            else {
                end = bits ? value.length * 8L + 7 : value.length - 1L;
            }
        }
        else if (ctx.argc() == 3) {
            start = 0;
            end = value.length - 1L;
        }
        else {
            throw ctx.syntaxError();
        }
        long total = bits ? value.length * 8L : value.length;
        long[] range = clamp(start, end, total);
        if (range[0] > range[1]) {
            return Reply.integer(-1);
        }
        long first = bits ? range[0] : range[0] * 8;
        long last = bits ? range[1] : range[1] * 8 + 7;
        for (long i = first; i <= last; i++) {
            if (bitAt(value, i) == bit) {
                return Reply.integer(i);
            }
        }
        if (bit == 1 || endGiven) {
            return Reply.integer(-1);
        }
        // looking for a clear bit without an end: the bit after the range's last byte
        return Reply.integer(((last >> 3) + 1) * 8);
    }

    private static boolean unit(CommandContext ctx, int index) {
        if (ctx.is(index, "BIT")) {
            return true;
        }
        if (ctx.is(index, "BYTE")) {
            return false;
        }
        throw ctx.syntaxError();
    }

    private static long[] clamp(long start, long end, long total) {
        if (start < 0) {
            start = total + start;
        }
        if (end < 0) {
            end = total + end;
        }
        start = Math.max(0, start);
        end = Math.max(0, end);
        end = Math.min(end, total - 1);
        return new long[] { start, end };
    }

    private static int bitAt(byte[] value, long index) {
        return (value[(int) (index >> 3)] >> (7 - (int) (index & 7))) & 1;
    }

    private static long countBits(byte[] value, long first, long last) {
        long count = 0;
        long i = first;
        while (i <= last && (i & 7) != 0) {
            count += bitAt(value, i++);
        }
        while (i + 7 <= last) {
            count += Integer.bitCount(value[(int) (i >> 3)] & 0xff);
            i += 8;
        }
        while (i <= last) {
            count += bitAt(value, i++);
        }
        return count;
    }

}
