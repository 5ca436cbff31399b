package io.unikv.testserver.internal.commands;

import io.unikv.testserver.internal.engine.ByteKey;
import io.unikv.testserver.internal.engine.CommandContext;
import io.unikv.testserver.internal.engine.Database;
import io.unikv.testserver.internal.engine.Errors;
import io.unikv.testserver.internal.engine.RedisError;
import io.unikv.testserver.internal.engine.Reply;
import io.unikv.testserver.internal.engine.ZSetValue;

/**
 * ZADD (NX, XX, GT, LT, CH, INCR) and ZINCRBY, which Redis implements as ZADD INCR: the
 * same option parsing, the same checks in the same order (pairs, incompatible options,
 * every score) before the key is touched, and a NaN sum is an error.
 *
 * @author unikv authors
 */
final class ZAdd {

    private ZAdd() {
    }

    static Reply zadd(CommandContext ctx) {
        return add(ctx, false);
    }

    static Reply zincrby(CommandContext ctx) {
        return add(ctx, true);
    }

    private static Reply add(CommandContext ctx, boolean incr) {
        boolean nx = false;
        boolean xx = false;
        boolean gt = false;
        boolean lt = false;
        boolean ch = false;
        int first = 2;
        for (; first < ctx.argc(); first++) {
            String option = ctx.option(first);
            if (option.equals("NX")) {
                nx = true;
            }
            else if (option.equals("XX")) {
                xx = true;
            }
            else if (option.equals("GT")) {
                gt = true;
            }
            else if (option.equals("LT")) {
                lt = true;
            }
            else if (option.equals("CH")) {
                ch = true;
            }
            else if (option.equals("INCR")) {
                incr = true;
            }
            else {
                break;
            }
        }
        int elements = ctx.argc() - first;
        if (elements == 0 || elements % 2 != 0) {
            throw ctx.syntaxError();
        }
        if (nx && xx) {
            throw new RedisError(Errors.ZADD_XX_AND_NX);
        }
        if ((gt && nx) || (lt && nx) || (gt && lt)) {
            throw new RedisError(Errors.ZADD_GT_LT_NX);
        }
        if (incr && elements > 2) {
            throw new RedisError(Errors.ZADD_INCR_PAIRS);
        }
        double[] scores = new double[elements / 2];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = ZScores.parse(ctx.arg(first + 2 * i), Errors.NOT_FLOAT);
        }
        Database db = ctx.db();
        ByteKey key = ctx.key(1);
        ZSetValue zset = SortedSetCommands.zset(db, key);
        if (zset == null && xx) {
            return incr ? Reply.NULL : Reply.ZERO;
        }
        boolean created = zset == null;
        if (created) {
            zset = new ZSetValue();
        }
        int added = 0;
        int updated = 0;
        boolean processed = false;
        double last = 0;
        for (int i = 0; i < scores.length; i++) {
            ByteKey member = ctx.key(first + 2 * i + 1);
            double score = scores[i];
            Double current = zset.score(member);
            if (current == null) {
                if (xx) {
                    continue;
                }
                zset.put(member, score);
                added++;
            }
            else {
                if (nx) {
                    continue;
                }
                if (incr) {
                    score += current;
                    if (Double.isNaN(score)) {
                        throw new RedisError(Errors.SCORE_NAN);
                    }
                }
                if ((lt && score >= current) || (gt && score <= current)) {
                    continue;
                }
                if (score != current) {
                    zset.put(member, score);
                    updated++;
                }
            }
            processed = true;
            last = score;
        }
        if (added > 0 || updated > 0) {
            if (created) {
                db.set(key, zset);
            }
            else {
                db.modified(key);
            }
        }
        if (incr) {
            return processed ? new Reply.Dbl(last) : Reply.NULL;
        }
        return Reply.integer(ch ? added + updated : added);
    }

}
