package io.unikv.testserver.internal.commands;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import io.unikv.testserver.internal.engine.ByteKey;
import io.unikv.testserver.internal.engine.CommandContext;
import io.unikv.testserver.internal.engine.Errors;
import io.unikv.testserver.internal.engine.Glob;
import io.unikv.testserver.internal.engine.RedisError;
import org.jspecify.annotations.Nullable;

/**
 * Cursor iteration for the SCAN family with Redis's guarantee: every element present for
 * the whole iteration is returned at least once, whatever is added or removed meanwhile.
 * Elements are visited in the order of a 32-bit hash of their bytes; the cursor is the
 * next hash to visit, plus one ({@code 0} starts and ends). Elements sharing a hash are
 * never split across calls.
 *
 * @author unikv authors
 */
final class ScanCursor {

    private ScanCursor() {
    }

    /**
     * Parse a cursor argument.
     * @param bytes the text
     * @return the cursor as an unsigned value
     * @throws RedisError {@link Errors#INVALID_CURSOR}
     */
    static long parse(byte[] bytes) {
        // Redis uses strtoul: an optional sign ("-1" wraps around), decimal digits, and
        // an
        // empty argument is cursor 0; it only refuses a leading space and trailing junk
        String text = new String(bytes, java.nio.charset.StandardCharsets.US_ASCII);
        if (text.isEmpty()) {
            return 0;
        }
        boolean negative = text.charAt(0) == '-';
        String digits = (negative || text.charAt(0) == '+') ? text.substring(1) : text;
        if (digits.isEmpty() || !digits.chars().allMatch((c) -> c >= '0' && c <= '9')) {
            throw new RedisError(Errors.INVALID_CURSOR);
        }
        try {
            long value = Long.parseUnsignedLong(digits);
            return negative ? -value : value;
        }
        catch (NumberFormatException ex) {
            throw new RedisError(Errors.INVALID_CURSOR);
        }
    }

    /**
     * Return the elements of one call.
     * @param <T> the element type
     * @param elements every element
     * @param keyOf the bytes identifying an element
     * @param cursor the cursor
     * @param count the COUNT hint
     * @return the elements and the next cursor
     */
    static <T> Page<T> page(List<T> elements, Function<T, ByteKey> keyOf, long cursor, long count) {
        long start = (cursor == 0) ? 0 : cursor - 1;
        List<T> sorted = new ArrayList<>(elements);
        sorted.sort(Comparator.comparingLong((T element) -> hash(keyOf.apply(element))).thenComparing(keyOf::apply));
        List<T> items = new ArrayList<>();
        long lastHash = -1;
        for (T element : sorted) {
            long hash = hash(keyOf.apply(element));
            if (hash < start) {
                continue;
            }
            if (items.size() >= count && hash != lastHash) {
                return new Page<>(items, hash + 1);
            }
            items.add(element);
            lastHash = hash;
        }
        return new Page<>(items, 0);
    }

    private static long hash(ByteKey key) {
        int h = key.hashCode() * 0x9E3779B9;
        return (h ^ (h >>> 16)) & 0xffffffffL;
    }

    /**
     * One call's elements and the cursor to continue with.
     *
     * @param <T> the element type
     * @param items the elements
     * @param next the next cursor, 0 when done
     */
    record Page<T>(List<T> items, long next) {
    }

    /**
     * MATCH, COUNT and (for SCAN) TYPE.
     *
     * @param match the pattern, or {@code null}
     * @param count the count hint
     * @param type the type filter, or {@code null}
     */
    record Options(byte @Nullable [] match, long count, @Nullable String type) {

        static Options parse(CommandContext ctx, int from, boolean allowType) {
            byte[] match = null;
            long count = 10;
            String type = null;
            for (int i = from; i < ctx.argc(); i++) {
                boolean hasValue = i + 1 < ctx.argc();
                if (ctx.is(i, "COUNT") && hasValue) {
                    count = ctx.longArg(++i);
                    if (count < 1) {
                        throw ctx.syntaxError();
                    }
                }
                else if (ctx.is(i, "MATCH") && hasValue) {
                    match = ctx.arg(++i);
                }
                else if (allowType && ctx.is(i, "TYPE") && hasValue) {
                    type = ctx.text(++i);
                }
                else {
                    throw ctx.syntaxError();
                }
            }
            return new Options(match, count, type);
        }

        boolean accepts(byte[] element) {
            return this.match == null || Glob.matches(this.match, element, false);
        }

    }

}
