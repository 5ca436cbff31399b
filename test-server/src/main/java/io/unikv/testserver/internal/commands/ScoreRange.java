package io.unikv.testserver.internal.commands;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import io.unikv.testserver.internal.engine.Errors;
import io.unikv.testserver.internal.engine.RedisError;
import io.unikv.testserver.internal.engine.ZSetValue;

/**
 * A score interval as ZRANGEBYSCORE, ZCOUNT and friends take it: {@code 1.5} includes the
 * bound, {@code (1.5} excludes it, {@code -inf} and {@code +inf} are open ends.
 * Immutable.
 *
 * @param min the lower bound
 * @param minExclusive whether the lower bound is excluded
 * @param max the upper bound
 * @param maxExclusive whether the upper bound is excluded
 * @author unikv authors
 */
record ScoreRange(double min, boolean minExclusive, double max, boolean maxExclusive) {

    /**
     * Parse two bounds.
     * @param min the lower bound argument
     * @param max the upper bound argument
     * @return the range
     * @throws RedisError {@link Errors#MIN_MAX_NOT_FLOAT}
     */
    static ScoreRange parse(byte[] min, byte[] max) {
        boolean minExclusive = min.length > 0 && min[0] == '(';
        boolean maxExclusive = max.length > 0 && max[0] == '(';
        double low = ZScores.parseBound(min, minExclusive ? 1 : 0);
        double high = ZScores.parseBound(max, maxExclusive ? 1 : 0);
        if (Double.isNaN(low) || Double.isNaN(high)) {
            throw new RedisError(Errors.MIN_MAX_NOT_FLOAT);
        }
        return new ScoreRange(low, minExclusive, high, maxExclusive);
    }

    boolean aboveMin(double score) {
        return this.minExclusive ? score > this.min : score >= this.min;
    }

    boolean belowMax(double score) {
        return this.maxExclusive ? score < this.max : score <= this.max;
    }

    /**
     * Return the entries in the range, as Redis walks them: from the first in range (the
     * last when reversed), skip {@code offset} entries, then take up to {@code limit}.
     * @param zset the sorted set
     * @param reverse whether to walk from the highest score down
     * @param offset how many to skip; a negative offset selects nothing
     * @param limit how many to take at most, negative for all
     * @return the entries
     */
    List<ZSetValue.Entry> select(ZSetValue zset, boolean reverse, long offset, long limit) {
        List<ZSetValue.Entry> result = new ArrayList<>();
        if (offset < 0 || (offset > 0 && offset >= zset.size())) {
            return result;
        }
        Iterator<ZSetValue.Entry> it = (reverse ? zset.from(this.max, this.maxExclusive, true)
                : zset.from(this.min, this.minExclusive, false))
            .iterator();
        for (long i = 0; i < offset && it.hasNext(); i++) {
            it.next();
        }
        long remaining = limit;
        while (it.hasNext() && remaining-- != 0) {
            ZSetValue.Entry entry = it.next();
            if (!(reverse ? aboveMin(entry.score()) : belowMax(entry.score()))) {
                break;
            }
            result.add(entry);
        }
        return result;
    }

}
