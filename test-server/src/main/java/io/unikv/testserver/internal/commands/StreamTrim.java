package io.unikv.testserver.internal.commands;

import io.unikv.testserver.internal.engine.CommandContext;
import io.unikv.testserver.internal.engine.Errors;
import io.unikv.testserver.internal.engine.RedisError;
import io.unikv.testserver.internal.engine.StreamId;
import io.unikv.testserver.internal.engine.StreamValue;
import org.jspecify.annotations.Nullable;

/**
 * The options XADD and XTRIM share (NOMKSTREAM and the ID for XADD only), parsed in
 * Redis's order with its errors: {@code MAXLEN|MINID [=|~] threshold [LIMIT count]}. A
 * {@code ~} without LIMIT limits the work to 10000 entries, as Redis does with its
 * default node size. Immutable.
 *
 * @param maxLength the length to keep, {@code -1} unless trimming by length
 * @param minId the smallest ID to keep, {@code null} unless trimming by ID
 * @param approximate whether {@code ~} was given
 * @param limit the most entries to remove, 0 for no limit
 * @param noMkStream whether NOMKSTREAM was given
 * @param idIndex the position of the ID argument (XADD)
 * @param id the explicit ID, {@code null} for {@code *}
 * @author unikv authors
 */
record StreamTrim(long maxLength, @Nullable StreamId minId, boolean approximate, long limit, boolean noMkStream,
        int idIndex, StreamIds.@Nullable AddId id) {

    /**
     * Parse the options.
     * @param ctx the command
     * @param start where the options begin
     * @param xadd whether the command is XADD
     * @return the options
     */
    static StreamTrim parse(CommandContext ctx, int start, boolean xadd) {
        long maxLength = -1;
        StreamId minId = null;
        boolean approximate = false;
        long limit = 0;
        boolean limitGiven = false;
        boolean noMkStream = false;
        StreamIds.AddId id = null;
        int i = start;
        for (; i < ctx.argc(); i++) {
            int more = ctx.argc() - 1 - i;
            String option = ctx.text(i);
            if (xadd && option.equals("*")) {
                break;
            }
            boolean byLength = option.equalsIgnoreCase("MAXLEN");
            if ((byLength || option.equalsIgnoreCase("MINID")) && more > 0) {
                if (maxLength != -1 || minId != null) {
                    throw new RedisError(Errors.STREAM_MAXLEN_AND_MINID);
                }
                approximate = false;
                String next = ctx.text(i + 1);
                if (more >= 2 && next.equals("~")) {
                    approximate = true;
                    i++;
                }
                else if (more >= 2 && next.equals("=")) {
                    i++;
                }
                if (byLength) {
                    maxLength = ctx.longArg(i + 1);
                    if (maxLength < 0) {
                        throw new RedisError(Errors.STREAM_MAXLEN_NEGATIVE);
                    }
                }
                else {
                    minId = StreamIds.strict(ctx.arg(i + 1));
                }
                i++;
            }
            else if (option.equalsIgnoreCase("LIMIT") && more > 0) {
                limit = ctx.longArg(i + 1);
                if (limit < 0) {
                    throw new RedisError(Errors.STREAM_LIMIT_NEGATIVE);
                }
                limitGiven = true;
                i++;
            }
            else if (xadd && option.equalsIgnoreCase("NOMKSTREAM")) {
                noMkStream = true;
            }
            else if (xadd) {
                id = StreamIds.forAdd(ctx.arg(i));
                break;
            }
            else {
                throw ctx.syntaxError();
            }
        }
        boolean trims = maxLength != -1 || minId != null;
        if (limit != 0 && !trims) {
            throw new RedisError(Errors.STREAM_LIMIT_WITHOUT_STRATEGY);
        }
        if (!xadd && !trims) {
            throw new RedisError(Errors.STREAM_XTRIM_WITHOUT_STRATEGY);
        }
        if (limitGiven) {
            if (!approximate) {
                throw new RedisError(Errors.STREAM_LIMIT_WITHOUT_TILDE);
            }
        }
        else {
            limit = approximate ? 100L * 100 : 0;
        }
        return new StreamTrim(maxLength, minId, approximate, limit, noMkStream, i, id);
    }

    /**
     * Return whether a trimming strategy was given.
     * @return whether to trim
     */
    boolean trims() {
        return this.maxLength != -1 || this.minId != null;
    }

    /**
     * Trim a stream.
     * @param stream the stream
     * @return how many entries were removed
     */
    long apply(StreamValue stream) {
        return stream.trim(this.maxLength, (this.minId != null) ? this.minId : StreamId.MIN, this.approximate,
                this.limit);
    }

}
