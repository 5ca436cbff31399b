package io.unikv.testserver.internal.commands;

import java.util.ArrayList;
import java.util.List;

import io.unikv.testserver.internal.engine.CommandContext;
import io.unikv.testserver.internal.engine.Errors;
import io.unikv.testserver.internal.engine.JsonValue;
import io.unikv.testserver.internal.engine.RedisError;
import io.unikv.testserver.internal.engine.RedisNumbers;
import io.unikv.testserver.internal.engine.Reply;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

/**
 * The array commands of {@link JsonCommands}: JSON.ARRAPPEND, ARRINSERT, ARRINDEX,
 * ARRLEN, ARRPOP and ARRTRIM, with RedisJSON's index normalisation.
 *
 * @author unikv authors
 */
final class JsonArrayOps {

    private JsonArrayOps() {
    }

    /** An edit of one array, returning the reply for it. */
    private interface ArrayEdit {

        Reply apply(ArrayNode array);

    }

    /**
     * Apply an edit to every array the path matches. JSONPath: one reply per match,
     * {@code nil} for non-arrays. Legacy: the last edit's reply, an error if no array
     * matches.
     */
    private static Reply edit(CommandContext ctx, JsonPaths path, String legacyPath, ArrayEdit edit) {
        JsonValue doc = JsonCommands.existing(ctx, 1);
        List<Reply> replies = new ArrayList<>();
        Reply last = null;
        for (JsonNode value : path.values(doc.root())) {
            if (value instanceof ArrayNode array) {
                last = edit.apply(array);
                replies.add(last);
            }
            else {
                replies.add(Reply.NULL);
            }
        }
        if (last != null) {
            ctx.db().modified(ctx.key(1));
        }
        if (!path.legacy()) {
            return Reply.array(replies);
        }
        if (last == null) {
            throw new RedisError(Errors.jsonPathMissingOr(legacyPath, "not an array"));
        }
        return last;
    }

    private static List<JsonNode> values(CommandContext ctx, int from) {
        List<JsonNode> values = new ArrayList<>();
        for (int i = from; i < ctx.argc(); i++) {
            values.add(JsonDocs.parse(ctx.text(i)));
        }
        return values;
    }

    private static long integer(CommandContext ctx, int index) {
        try {
            return RedisNumbers.parseLong(ctx.arg(index));
        }
        catch (NumberFormatException ex) {
            throw new RedisError(Errors.JSON_NOT_INTEGER);
        }
    }

    static Reply arrappend(CommandContext ctx) {
        JsonPaths path = JsonPaths.of(ctx.text(2));
        List<JsonNode> values = values(ctx, 3);
        return edit(ctx, path, path.original(), (array) -> {
            values.forEach((value) -> array.add(value.deepCopy()));
            return Reply.integer(array.size());
        });
    }

    static Reply arrinsert(CommandContext ctx) {
        JsonPaths path = JsonPaths.of(ctx.text(2));
        long index = integer(ctx, 3);
        List<JsonNode> values = values(ctx, 4);
        return edit(ctx, path, path.expression(), (array) -> {
            long at = (index < 0) ? array.size() + index : index;
            if (at < 0 || at > array.size()) {
                throw new RedisError(Errors.JSON_INDEX_OUT_OF_BOUNDS);
            }
            for (JsonNode value : values) {
                array.insert((int) at++, value.deepCopy());
            }
            return Reply.integer(array.size());
        });
    }

    static Reply arrindex(CommandContext ctx) {
        if (ctx.argc() > 6) {
            throw new RedisError(Errors.arity(ctx.commandName()));
        }
        JsonPaths path = JsonPaths.of(ctx.text(2));
        long start = (ctx.argc() > 4) ? integer(ctx, 4) : 0;
        long stop = (ctx.argc() > 5) ? integer(ctx, 5) : 0;
        JsonValue doc = JsonCommands.doc(ctx, 1);
        JsonNode wanted = JsonDocs.parseExact(ctx.text(3));
        if (doc == null) {
            throw new RedisError(Errors.jsonPathMissing(path.original()));
        }
        if (path.legacy()) {
            JsonNode first = path.first(doc.root());
            if (!first.isArray()) {
                throw new RedisError(Errors.jsonExpected("array", JsonDocs.typeName(first)));
            }
            return Reply.integer(indexOf(first, wanted, start, stop));
        }
        return JsonScalarOps.perMatch(doc, path, JsonNode::isArray,
                (array) -> Reply.integer(indexOf(array, wanted, start, stop)));
    }

    /**
     * RedisJSON's search window: a stop of 0 means the end; negative values count back.
     */
    private static long indexOf(JsonNode array, JsonNode wanted, long start, long stop) {
        long length = array.size();
        if (length == 0) {
            return -1;
        }
        long from = (start < 0) ? Math.max(0, length + start) : Math.min(start, length - 1);
        long to = (stop == 0) ? length : (stop < 0) ? Math.max(0, length + stop) : Math.min(stop, length);
        for (long i = from; i < to; i++) {
            if (sameValue(array.get((int) i), wanted)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Equality as RedisJSON sees it: same JSON type (integer vs float) and same value.
     */
    private static boolean sameValue(JsonNode a, JsonNode b) {
        if (!JsonDocs.typeName(a).equals(JsonDocs.typeName(b))) {
            return false;
        }
        if (a.isNumber()) {
            return a.isIntegralNumber() ? a.bigIntegerValue().equals(b.bigIntegerValue())
                    : a.doubleValue() == b.doubleValue();
        }
        if (a.isArray()) {
            if (a.size() != b.size()) {
                return false;
            }
            for (int i = 0; i < a.size(); i++) {
                if (!sameValue(a.get(i), b.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a.isObject()) {
            if (a.size() != b.size()) {
                return false;
            }
            for (String name : a.propertyNames()) {
                if (!b.has(name) || !sameValue(a.get(name), b.get(name))) {
                    return false;
                }
            }
            return true;
        }
        return a.equals(b);
    }

    static Reply arrlen(CommandContext ctx) {
        JsonPaths path = JsonCommands.path(ctx, 2);
        JsonValue doc = JsonCommands.doc(ctx, 1);
        if (doc == null) {
            if (path.legacy()) {
                return Reply.NULL;
            }
            throw new RedisError(Errors.JSON_NO_SUCH_KEY);
        }
        if (!path.legacy()) {
            return JsonScalarOps.perMatch(doc, path, JsonNode::isArray, (array) -> Reply.integer(array.size()));
        }
        List<JsonNode> values = path.values(doc.root());
        if (values.isEmpty()) {
            throw new RedisError(Errors.jsonPathMissing(path.original()));
        }
        if (!values.get(0).isArray()) {
            throw new RedisError(Errors.jsonPathMissingOr(path.original(), "not an array"));
        }
        return Reply.integer(values.get(0).size());
    }

    static Reply arrpop(CommandContext ctx) {
        int next = 2;
        String format = "STRINGS";
        if (ctx.is(next, "FORMAT") && next + 1 < ctx.argc()) {
            format = JsonGet.replyFormat(ctx, next + 1);
            if (format.equals("STRING")) {
                throw new RedisError(Errors.JSON_WRONG_REPLY_FORMAT);
            }
            if (!JsonCommands.resp3(ctx)) {
                throw new RedisError(Errors.JSON_FORMAT_RESP2);
            }
            next += 2;
        }
        JsonPaths path = JsonCommands.path(ctx, next);
        long index;
        if (next >= ctx.argc()) {
            index = Long.MAX_VALUE;
        }
        else {
            try {
                index = (next + 1 < ctx.argc()) ? RedisNumbers.parseLong(ctx.arg(next + 1)) : -1;
            }
            catch (NumberFormatException ex) {
                // RedisJSON reads an index it cannot parse as the last element
                index = -1;
            }
        }
        if (path.legacy() && !format.equals("STRINGS")) {
            throw new RedisError(Errors.JSON_LEGACY_FORMAT);
        }
        String replyFormat = format;
        long popAt = index;
        return edit(ctx, path, path.expression(), (array) -> {
            if (array.isEmpty()) {
                return Reply.NULL;
            }
            long length = array.size();
            long at = (popAt < 0) ? Math.max(0, length + popAt) : Math.min(popAt, length - 1);
            JsonNode popped = array.remove((int) at);
            return replyFormat.equals("STRINGS") ? Reply.bulk(JsonDocs.serialize(popped))
                    : JsonRespValues.expand(popped, replyFormat.equals("EXPAND"));
        });
    }

    static Reply arrtrim(CommandContext ctx) {
        JsonPaths path = JsonPaths.of(ctx.text(2));
        long start = integer(ctx, 3);
        long stop = integer(ctx, 4);
        return edit(ctx, path, path.expression(), (array) -> {
            long length = array.size();
            long last = normalize(stop, length);
            long first = (start < 0 || start < length) ? normalize(start, length) : last + 1;
            if (first > last || length == 0) {
                array.removeAll();
            }
            else {
                List<JsonNode> kept = new ArrayList<>();
                for (long i = first; i <= last; i++) {
                    kept.add(array.get((int) i));
                }
                array.removeAll();
                array.addAll(kept);
            }
            return Reply.integer(array.size());
        });
    }

    private static long normalize(long index, long length) {
        if (index < 0) {
            return length - Math.min(length, -index);
        }
        return (length > 0) ? Math.min(length - 1, index) : 0;
    }

}
