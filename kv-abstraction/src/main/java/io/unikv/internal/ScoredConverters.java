package io.unikv.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import io.unikv.commands.ScoredValue;
import io.unikv.commands.ZPopResult;
import io.unikv.transport.Reply;
import org.jspecify.annotations.Nullable;

/**
 * Reply conversions for sorted sets. Scores arrive as RESP3 doubles or RESP2 bulk
 * strings; members with scores as flat arrays ({@code member score member score}, RESP2
 * and some RESP3 replies) or as arrays of pairs (RESP3). Both shapes give the same
 * result.
 *
 * @author unikv authors
 */
public final class ScoredConverters {

    private ScoredConverters() {
    }

    /**
     * A score that is never nil.
     * @return the converter
     */
    public static Function<Reply, Double> score() {
        return (reply) -> {
            Double score = Converters.dbl().apply(reply);
            if (score == null) {
                throw new IllegalStateException("Expected a score but got " + reply);
            }
            return score;
        };
    }

    /**
     * Members with their scores, flat or in pairs; nil is empty.
     * @param <T> the member type
     * @param member the member conversion
     * @return the converter
     */
    public static <T> Function<Reply, List<ScoredValue<T>>> scoredValues(Function<Reply, T> member) {
        return (reply) -> {
            List<Reply> items = reply.asList();
            List<ScoredValue<T>> result = new ArrayList<>();
            if (!items.isEmpty() && isAggregate(items.get(0))) {
                for (Reply pair : items) {
                    List<Reply> parts = pair.asList();
                    result.add(scored(member, parts.get(0), parts.get(1)));
                }
                return result;
            }
            for (int i = 0; i + 1 < items.size(); i += 2) {
                result.add(scored(member, items.get(i), items.get(i + 1)));
            }
            return result;
        };
    }

    /**
     * At most one member with its score ({@code ZPOPMIN key}): the first of
     * {@link #scoredValues}, or {@code null} if there is none.
     * @return the converter
     */
    public static Function<Reply, @Nullable ScoredValue<String>> firstScoredValue() {
        return (reply) -> {
            List<ScoredValue<String>> values = scoredValues(Converters.string()).apply(reply);
            return values.isEmpty() ? null : values.get(0);
        };
    }

    /**
     * A {@code ZMPOP}/{@code BZMPOP} reply ({@code [key, [[member, score], ...]]}) or a
     * {@code BZPOPMIN}/{@code BZPOPMAX} reply ({@code [key, member, score]}); nil stays
     * {@code null}.
     * @return the converter
     */
    public static Function<Reply, @Nullable ZPopResult> popResult() {
        return (reply) -> {
            List<Reply> parts = reply.asList();
            if (parts.isEmpty()) {
                return null;
            }
            String key = String.valueOf(parts.get(0).asString());
            if (parts.size() == 3) {
                return new ZPopResult(key, List.of(scored(Converters.string(), parts.get(1), parts.get(2))));
            }
            return new ZPopResult(key, scoredValues(Converters.string()).apply(parts.get(1)));
        };
    }

    private static boolean isAggregate(Reply reply) {
        return reply instanceof Reply.Array || reply instanceof Reply.Set;
    }

    private static <T> ScoredValue<T> scored(Function<Reply, T> member, Reply value, Reply score) {
        return new ScoredValue<>(member.apply(value), score().apply(score));
    }

}
