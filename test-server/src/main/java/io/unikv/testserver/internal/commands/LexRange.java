package io.unikv.testserver.internal.commands;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

import io.unikv.testserver.internal.engine.Errors;
import io.unikv.testserver.internal.engine.RedisError;
import io.unikv.testserver.internal.engine.ZSetValue;
import org.jspecify.annotations.Nullable;

/**
 * A member interval as ZRANGEBYLEX, ZLEXCOUNT and ZREMRANGEBYLEX take it: {@code [a}
 * includes {@code a}, {@code (a} excludes it, {@code -} and {@code +} are the lowest and
 * highest strings. Members compare as unsigned bytes. Like Redis (whose results are only
 * specified when all scores are equal) it selects the run that starts at the first member
 * in range in score order. Immutable.
 *
 * @param min the lower bound
 * @param max the upper bound
 * @author unikv authors
 */
record LexRange(Bound min, Bound max) {

    /**
     * Parse two bounds.
     * @param min the lower bound argument
     * @param max the upper bound argument
     * @return the range
     * @throws RedisError {@link Errors#MIN_MAX_NOT_LEX}
     */
    static LexRange parse(byte[] min, byte[] max) {
        return new LexRange(Bound.parse(min), Bound.parse(max));
    }

    boolean aboveMin(ZSetValue.Entry entry) {
        int cmp = this.min.compareTo(entry.member().bytes());
        return this.min.exclusive() ? cmp < 0 : cmp <= 0;
    }

    boolean belowMax(ZSetValue.Entry entry) {
        int cmp = this.max.compareTo(entry.member().bytes());
        return this.max.exclusive() ? cmp > 0 : cmp >= 0;
    }

    /**
     * Return the entries in the range: from the first in range (the last when reversed),
     * skip {@code offset} entries, then take up to {@code limit} while in range.
     * @param zset the sorted set
     * @param reverse whether to walk from the end
     * @param offset how many to skip; a negative offset selects nothing
     * @param limit how many to take at most, negative for all
     * @return the entries
     */
    List<ZSetValue.Entry> select(ZSetValue zset, boolean reverse, long offset, long limit) {
        List<ZSetValue.Entry> result = new ArrayList<>();
        ZSetValue.Entry start = start(zset, reverse);
        if (start == null || offset < 0) {
            return result;
        }
        Iterator<ZSetValue.Entry> it = reverse ? zset.entries().headSet(start, true).descendingIterator()
                : zset.entries().tailSet(start, true).iterator();
        for (long i = 0; i < offset && it.hasNext(); i++) {
            it.next();
        }
        long remaining = limit;
        while (it.hasNext() && remaining-- != 0) {
            ZSetValue.Entry entry = it.next();
            if (!(reverse ? aboveMin(entry) : belowMax(entry))) {
                break;
            }
            result.add(entry);
        }
        return result;
    }

    private ZSetValue.@Nullable Entry start(ZSetValue zset, boolean reverse) {
        int cmp = this.min.compareTo(this.max);
        if (zset.isEmpty() || cmp > 0 || (cmp == 0 && (this.min.exclusive() || this.max.exclusive()))) {
            return null;
        }
        if (!aboveMin(zset.entries().last()) || !belowMax(zset.entries().first())) {
            return null;
        }
        Iterator<ZSetValue.Entry> it = reverse ? zset.entries().descendingIterator() : zset.entries().iterator();
        while (it.hasNext()) {
            ZSetValue.Entry entry = it.next();
            if (reverse ? belowMax(entry) : aboveMin(entry)) {
                return (reverse ? aboveMin(entry) : belowMax(entry)) ? entry : null;
            }
        }
        return null;
    }

    /**
     * One end of a lex range.
     *
     * @param value the string, empty for {@code -} and {@code +}
     * @param infinity -1 for {@code -}, 1 for {@code +}, 0 for a string
     * @param exclusive whether the bound itself is excluded
     */
    record Bound(byte[] value, int infinity, boolean exclusive) {

        static Bound parse(byte[] arg) {
            if (arg.length > 0) {
                // C strings end at the first NUL, so "+\0x" still reads as "+"
                boolean single = arg.length == 1 || arg[1] == 0;
                switch (arg[0]) {
                    case '+':
                        if (single) {
                            return new Bound(new byte[0], 1, true);
                        }
                        break;
                    case '-':
                        if (single) {
                            return new Bound(new byte[0], -1, true);
                        }
                        break;
                    case '(':
                        return new Bound(Arrays.copyOfRange(arg, 1, arg.length), 0, true);
                    case '[':
                        return new Bound(Arrays.copyOfRange(arg, 1, arg.length), 0, false);
                    default:
                        break;
                }
            }
            throw new RedisError(Errors.MIN_MAX_NOT_LEX);
        }

        /** Compare this bound with a string: {@code -} is below all, {@code +} above. */
        int compareTo(byte[] member) {
            return (this.infinity != 0) ? this.infinity : Arrays.compareUnsigned(this.value, member);
        }

        /** Compare two bounds as Redis's {@code sdscmplex} does. */
        int compareTo(Bound other) {
            if (this.infinity != 0 && this.infinity == other.infinity) {
                return 0;
            }
            if (this.infinity == -1 || other.infinity == 1) {
                return -1;
            }
            if (this.infinity == 1 || other.infinity == -1) {
                return 1;
            }
            return Arrays.compareUnsigned(this.value, other.value);
        }

    }

}
