package io.unikv.testserver.internal.commands;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import io.unikv.testserver.internal.engine.CommandContext;
import io.unikv.testserver.internal.engine.Errors;
import io.unikv.testserver.internal.engine.RedisError;

/**
 * The count rules and the sampling shared by {@code HRANDFIELD} and {@code ZRANDMEMBER}:
 * a negative count draws with repetition, a positive one without, and a count covering
 * the whole collection returns all of it.
 *
 * @author unikv authors
 */
final class RandomSampling {

    private RandomSampling() {
    }

    /**
     * Parse {@code key count [WITHVALUES|WITHSCORES]} with Redis's checks, in its order.
     * @param ctx the command, with the count at index 2
     * @param withWord the option that adds values or scores
     * @return the count and whether the option was given
     */
    static Request parse(CommandContext ctx, String withWord) {
        long count = ctx.longArg(2);
        if (count == Long.MIN_VALUE) {
            throw new RedisError(Errors.RANDOM_COUNT_OUT_OF_RANGE);
        }
        boolean with = ctx.argc() == 4;
        if (ctx.argc() > 4 || (with && !ctx.is(3, withWord))) {
            throw ctx.syntaxError();
        }
        if (with && (count < -Long.MAX_VALUE / 2 || count > Long.MAX_VALUE / 2)) {
            throw new RedisError(Errors.VALUE_OUT_OF_RANGE);
        }
        return new Request(count, with);
    }

    /**
     * Pick elements.
     * @param <T> the element type
     * @param entries the elements (may be shuffled)
     * @param count the parsed count, not zero
     * @param all what to return when the count covers the whole collection
     * @return the picked elements
     */
    static <T> List<T> pick(List<T> entries, long count, List<T> all) {
        if (count < 0 || count == 1) {
            long draws = (count < 0) ? -count : count;
            List<T> picked = new ArrayList<>((int) Math.min(draws, 1 << 20));
            for (long i = 0; i < draws; i++) {
                picked.add(entries.get(ThreadLocalRandom.current().nextInt(entries.size())));
            }
            return picked;
        }
        if (count >= entries.size()) {
            return all;
        }
        Collections.shuffle(entries, ThreadLocalRandom.current());
        return entries.subList(0, (int) count);
    }

    /**
     * A parsed count.
     *
     * @param count the count
     * @param with whether values or scores were asked for
     */
    record Request(long count, boolean with) {
    }

}
