package io.unikv.testserver.internal.commands;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.unikv.testserver.internal.engine.ByteKey;
import io.unikv.testserver.internal.engine.CommandContext;
import io.unikv.testserver.internal.engine.Database;
import io.unikv.testserver.internal.engine.Errors;
import io.unikv.testserver.internal.engine.RedisError;
import io.unikv.testserver.internal.engine.RedisValue;
import io.unikv.testserver.internal.engine.Reply;
import io.unikv.testserver.internal.engine.SetValue;
import io.unikv.testserver.internal.engine.ZSetValue;
import org.jspecify.annotations.Nullable;

/**
 * ZUNION, ZINTER and ZDIFF, their STORE forms and ZINTERCARD. Inputs may be sorted sets
 * or plain sets (whose members score 1). As in Redis, union and intersection visit the
 * inputs from the smallest to the largest, which fixes the order of floating-point sums;
 * {@code inf + -inf} and {@code 0 * inf} count as 0.
 *
 * @author unikv authors
 */
final class ZSetAlgebra {

    private ZSetAlgebra() {
    }

    static Reply compute(CommandContext ctx, Op op, boolean store) {
        return run(ctx, op, store ? ctx.key(1) : null, store ? 2 : 1, false);
    }

    static Reply zintercard(CommandContext ctx) {
        return run(ctx, Op.INTER, null, 1, true);
    }

    private static Reply run(CommandContext ctx, Op op, @Nullable ByteKey destination, int numkeysIndex,
            boolean cardinalityOnly) {
        long count = ctx.longArg(numkeysIndex);
        if (count < 1) {
            throw new RedisError(Errors.zsetNeedsKey(ctx.commandName()));
        }
        if (count > ctx.argc() - (numkeysIndex + 1)) {
            throw ctx.syntaxError();
        }
        Database db = ctx.db();
        List<Input> inputs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            RedisValue value = db.get(ctx.key(numkeysIndex + 1 + i));
            if (value != null && !(value instanceof ZSetValue) && !(value instanceof SetValue)) {
                throw new RedisError(Errors.WRONGTYPE);
            }
            inputs.add(new Input(value));
        }
        Aggregate aggregate = Aggregate.SUM;
        boolean withScores = false;
        long limit = 0;
        int j = numkeysIndex + 1 + (int) count;
        while (j < ctx.argc()) {
            int remaining = ctx.argc() - j;
            boolean weighted = op != Op.DIFF && !cardinalityOnly;
            if (weighted && remaining >= count + 1 && ctx.is(j, "WEIGHTS")) {
                j++;
                for (Input input : inputs) {
                    input.weight = ZScores.parse(ctx.arg(j++), Errors.WEIGHT_NOT_FLOAT);
                }
            }
            else if (weighted && remaining >= 2 && ctx.is(j, "AGGREGATE")) {
                aggregate = Aggregate.parse(ctx, j + 1);
                j += 2;
            }
            else if (destination == null && !cardinalityOnly && ctx.is(j, "WITHSCORES")) {
                withScores = true;
                j++;
            }
            else if (cardinalityOnly && remaining >= 2 && ctx.is(j, "LIMIT")) {
                limit = CommandContext.parseLong(ctx.arg(j + 1), Errors.LIMIT_NEGATIVE);
                if (limit < 0) {
                    throw new RedisError(Errors.LIMIT_NEGATIVE);
                }
                j += 2;
            }
            else {
                throw ctx.syntaxError();
            }
        }
        if (op != Op.DIFF) {
            inputs.sort(Comparator.comparingInt(Input::size));
        }
        if (cardinalityOnly) {
            return Reply.integer(intersect(inputs, aggregate, limit).size());
        }
        Map<ByteKey, Double> result = switch (op) {
            case UNION -> union(inputs, aggregate);
            case INTER -> intersect(inputs, aggregate, 0);
            case DIFF -> diff(inputs);
        };
        ZSetValue sorted = ZSetValue.withEncoding(true);
        int longest = 0;
        for (Map.Entry<ByteKey, Double> entry : result.entrySet()) {
            sorted.put(entry.getKey(), entry.getValue());
            longest = Math.max(longest, entry.getKey().bytes().length);
        }
        List<ZSetValue.Entry> entries = new ArrayList<>(sorted.entries());
        if (destination == null) {
            return SortedSetCommands.entries(ctx, entries, withScores);
        }
        // Redis builds the result as a skiplist and converts it if it fits a listpack
        boolean fits = entries.size() <= ZSetValue.MAX_LISTPACK_ENTRIES && longest <= ZSetValue.MAX_LISTPACK_VALUE;
        return ZRange.store(db, destination, entries, !fits);
    }

    private static Map<ByteKey, Double> union(List<Input> inputs, Aggregate aggregate) {
        Map<ByteKey, Double> result = new LinkedHashMap<>();
        for (Input input : inputs) {
            for (ZSetValue.Entry entry : input.entries()) {
                double score = weigh(input.weight, entry.score());
                result.merge(entry.member(), score, aggregate::apply);
            }
        }
        return result;
    }

    private static Map<ByteKey, Double> intersect(List<Input> inputs, Aggregate aggregate, long limit) {
        Map<ByteKey, Double> result = new LinkedHashMap<>();
        Input smallest = inputs.get(0);
        for (ZSetValue.Entry entry : smallest.entries()) {
            double score = weigh(smallest.weight, entry.score());
            boolean everywhere = true;
            for (int i = 1; i < inputs.size() && everywhere; i++) {
                Double other = inputs.get(i).score(entry.member());
                if (other == null) {
                    everywhere = false;
                }
                else {
                    score = aggregate.apply(score, other * inputs.get(i).weight);
                }
            }
            if (everywhere) {
                result.put(entry.member(), score);
                if (limit > 0 && result.size() >= limit) {
                    break;
                }
            }
        }
        return result;
    }

    private static Map<ByteKey, Double> diff(List<Input> inputs) {
        Map<ByteKey, Double> result = new LinkedHashMap<>();
        for (ZSetValue.Entry entry : inputs.get(0).entries()) {
            boolean elsewhere = false;
            for (int i = 1; i < inputs.size() && !elsewhere; i++) {
                elsewhere = inputs.get(i).score(entry.member()) != null;
            }
            if (!elsewhere) {
                result.put(entry.member(), entry.score());
            }
        }
        return result;
    }

    private static double weigh(double weight, double score) {
        double value = weight * score;
        return Double.isNaN(value) ? 0 : value;
    }

    /**
     * The set operation.
     */
    enum Op {

        UNION, INTER, DIFF

    }

    private enum Aggregate {

        SUM, MIN, MAX;

        static Aggregate parse(CommandContext ctx, int index) {
            return switch (ctx.option(index)) {
                case "SUM" -> SUM;
                case "MIN" -> MIN;
                case "MAX" -> MAX;
                default -> throw ctx.syntaxError();
            };
        }

        double apply(double target, double value) {
            return switch (this) {
                case SUM -> {
                    double sum = target + value;
                    yield Double.isNaN(sum) ? 0 : sum;
                }
                // NaN compares false, so a NaN value leaves the target as it is
                case MIN -> (value < target) ? value : target;
                case MAX -> (value > target) ? value : target;
            };
        }

    }

    /** One input: a sorted set, a set, or nothing (a missing key), with its weight. */
    private static final class Input {

        private final @Nullable RedisValue value;

        private double weight = 1;

        Input(@Nullable RedisValue value) {
            this.value = value;
        }

        int size() {
            if (this.value instanceof ZSetValue zset) {
                return zset.size();
            }
            return (this.value instanceof SetValue set) ? set.size() : 0;
        }

        Iterable<ZSetValue.Entry> entries() {
            if (this.value instanceof ZSetValue zset) {
                // Redis walks sorted-set inputs from the highest score down
                return zset.entries().descendingSet();
            }
            List<ZSetValue.Entry> entries = new ArrayList<>();
            if (this.value instanceof SetValue set) {
                for (byte[] member : set.members()) {
                    entries.add(new ZSetValue.Entry(ByteKey.of(member), 1));
                }
            }
            return entries;
        }

        @Nullable Double score(ByteKey member) {
            if (this.value instanceof ZSetValue zset) {
                return zset.score(member);
            }
            return (this.value instanceof SetValue set && set.contains(member.bytes())) ? 1.0 : null;
        }

    }

}
