package io.unikv.testserver.internal.commands;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import io.unikv.testserver.internal.engine.CommandContext;
import io.unikv.testserver.internal.engine.Errors;
import io.unikv.testserver.internal.engine.JsonValue;
import io.unikv.testserver.internal.engine.RedisError;
import io.unikv.testserver.internal.engine.Reply;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The number, string, boolean and object commands of {@link JsonCommands}:
 * JSON.NUMINCRBY, NUMMULTBY, TOGGLE, STRAPPEND, STRLEN, OBJKEYS and OBJLEN.
 *
 * @author unikv authors
 */
final class JsonScalarOps {

    private JsonScalarOps() {
    }

    static Reply numincrby(CommandContext ctx) {
        return numOp(ctx, true);
    }

    static Reply nummultby(CommandContext ctx) {
        return numOp(ctx, false);
    }

    /**
     * Integers stay integers when the argument is an integer (wrapping on overflow, as
     * RedisJSON does); anything else is computed in double precision.
     */
    private static Reply numOp(CommandContext ctx, boolean add) {
        JsonPaths path = JsonPaths.of(ctx.text(2));
        JsonValue doc = JsonCommands.existing(ctx, 1);
        List<List<Object>> locations = path.locate(doc.root());
        List<@Nullable JsonNode> results = new ArrayList<>();
        JsonNode operand = null;
        for (List<Object> location : locations) {
            JsonNode current = JsonLocations.get(doc.root(), location);
            if (!current.isNumber()) {
                results.add(null);
                continue;
            }
            if (operand == null) {
                operand = JsonDocs.parseExact(ctx.text(3));
                if (!operand.isNumber()) {
                    throw new RedisError(Errors.JSON_BAD_NUMBER);
                }
            }
            JsonNode result = compute(current, operand, add);
            JsonLocations.set(doc, location, result);
            results.add(result);
        }
        if (operand != null) {
            ctx.db().modified(ctx.key(1));
        }
        if (JsonCommands.resp3(ctx)) {
            List<Reply> replies = new ArrayList<>();
            results.forEach((result) -> replies.add((result != null) ? JsonRespValues.number(result) : Reply.NULL));
            return Reply.array(replies);
        }
        if (!path.legacy()) {
            return Reply.bulk(JsonDocs.serializeAll(results, JsonWriter.Format.COMPACT));
        }
        JsonNode last = null;
        for (JsonNode result : results) {
            last = (result != null) ? result : last;
        }
        if (last == null) {
            throw new RedisError(Errors.jsonPathMissingOr(path.expression(), "does not contains a number"));
        }
        return Reply.bulk(JsonDocs.formatNumber(last));
    }

    private static JsonNode compute(JsonNode current, JsonNode operand, boolean add) {
        if (current.isIntegralNumber() && current.canConvertToLong() && operand.isIntegralNumber()
                && operand.canConvertToLong()) {
            long a = current.longValue();
            long b = operand.longValue();
            return JsonDocs.NODES.numberNode(add ? a + b : a * b);
        }
        double result = add ? current.doubleValue() + operand.doubleValue()
                : current.doubleValue() * operand.doubleValue();
        if (!Double.isFinite(result)) {
            throw new RedisError(Errors.JSON_NOT_A_NUMBER);
        }
        return JsonDocs.NODES.numberNode(result);
    }

    static Reply toggle(CommandContext ctx) {
        JsonPaths path = JsonCommands.path(ctx, 2);
        JsonValue doc = JsonCommands.existing(ctx, 1);
        List<Reply> replies = new ArrayList<>();
        Boolean last = null;
        for (List<Object> location : path.locate(doc.root())) {
            JsonNode current = JsonLocations.get(doc.root(), location);
            if (!current.isBoolean()) {
                replies.add(Reply.NULL);
                continue;
            }
            boolean toggled = !current.booleanValue();
            JsonLocations.set(doc, location, JsonDocs.NODES.booleanNode(toggled));
            replies.add(Reply.integer(toggled ? 1 : 0));
            last = toggled;
        }
        if (last != null) {
            ctx.db().modified(ctx.key(1));
        }
        if (!path.legacy()) {
            return Reply.array(replies);
        }
        if (last == null) {
            throw new RedisError(Errors.jsonPathMissingOr(path.expression(), "not a bool"));
        }
        return Reply.bulk(last.toString());
    }

    static Reply strappend(CommandContext ctx) {
        boolean withPath = ctx.argc() > 3;
        JsonPaths path = withPath ? JsonPaths.of(ctx.text(2)) : JsonPaths.LEGACY_ROOT;
        String input = ctx.text(withPath ? 3 : 2);
        JsonValue doc = JsonCommands.existing(ctx, 1);
        List<Reply> replies = new ArrayList<>();
        String suffix = null;
        long last = -1;
        for (List<Object> location : path.locate(doc.root())) {
            JsonNode current = JsonLocations.get(doc.root(), location);
            if (!current.isString()) {
                replies.add(Reply.NULL);
                continue;
            }
            if (suffix == null) {
                JsonNode parsed = JsonDocs.parseExact(input);
                if (!parsed.isString()) {
                    throw new RedisError(Errors.jsonExpected("string", input));
                }
                suffix = parsed.stringValue();
            }
            String appended = current.stringValue() + suffix;
            JsonLocations.set(doc, location, JsonDocs.NODES.stringNode(appended));
            last = utf8Length(appended);
            replies.add(Reply.integer(last));
        }
        if (suffix != null) {
            ctx.db().modified(ctx.key(1));
        }
        if (!path.legacy()) {
            return Reply.array(replies);
        }
        if (suffix == null) {
            throw new RedisError(Errors.jsonPathMissingOr(path.expression(), "not a string"));
        }
        return Reply.integer(last);
    }

    static Reply strlen(CommandContext ctx) {
        JsonPaths path = JsonCommands.path(ctx, 2);
        if (path.legacy()) {
            JsonValue doc = JsonCommands.doc(ctx, 1);
            if (doc == null) {
                return Reply.NULL;
            }
            JsonNode first = path.first(doc.root());
            if (!first.isString()) {
                throw new RedisError(Errors.jsonExpected("string", JsonDocs.typeName(first)));
            }
            return Reply.integer(utf8Length(first.stringValue()));
        }
        JsonValue doc = JsonCommands.existing(ctx, 1);
        return perMatch(doc, path, JsonNode::isString, (node) -> Reply.integer(utf8Length(node.stringValue())));
    }

    static Reply objkeys(CommandContext ctx) {
        JsonPaths path = JsonCommands.path(ctx, 2);
        if (path.legacy()) {
            JsonValue doc = JsonCommands.doc(ctx, 1);
            List<JsonNode> values = (doc != null) ? path.values(doc.root()) : List.of();
            if (values.isEmpty()) {
                return Reply.NULL;
            }
            if (!values.get(0).isObject()) {
                throw new RedisError(Errors.jsonPathMissingOr(path.expression(), "not an object"));
            }
            return keys(values.get(0));
        }
        JsonValue doc = JsonCommands.existing(ctx, 1);
        return perMatch(doc, path, JsonNode::isObject, JsonScalarOps::keys);
    }

    private static Reply keys(JsonNode object) {
        List<Reply> names = new ArrayList<>();
        object.propertyNames().forEach((name) -> names.add(Reply.bulk(name)));
        return Reply.array(names);
    }

    static Reply objlen(CommandContext ctx) {
        JsonPaths path = JsonCommands.path(ctx, 2);
        JsonValue doc = JsonCommands.doc(ctx, 1);
        if (path.legacy()) {
            List<JsonNode> values = (doc != null) ? path.values(doc.root()) : List.of();
            if (values.isEmpty()) {
                return Reply.NULL;
            }
            if (!values.get(0).isObject()) {
                throw new RedisError(Errors.jsonExpected("object", JsonDocs.typeName(values.get(0))));
            }
            return Reply.integer(values.get(0).size());
        }
        if (doc == null) {
            throw new RedisError(Errors.jsonPathMissingOr(path.expression(), "not an object"));
        }
        return perMatch(doc, path, JsonNode::isObject, (node) -> Reply.integer(node.size()));
    }

    /**
     * The JSONPath reply shape: one entry per match, {@code nil} for a match of the wrong
     * type.
     * @param doc the document
     * @param path the path
     * @param accepts which matches have the right type
     * @param reply the reply for a match of the right type
     * @return the array reply
     */
    static Reply perMatch(JsonValue doc, JsonPaths path, Predicate<JsonNode> accepts,
            java.util.function.Function<JsonNode, Reply> reply) {
        List<Reply> replies = new ArrayList<>();
        for (JsonNode value : path.values(doc.root())) {
            replies.add(accepts.test(value) ? reply.apply(value) : Reply.NULL);
        }
        return Reply.array(replies);
    }

    static long utf8Length(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

}
