package io.unikv.testserver.internal.commands;

import java.util.ArrayList;
import java.util.List;

import io.unikv.testserver.internal.engine.CommandContext;
import io.unikv.testserver.internal.engine.Errors;
import io.unikv.testserver.internal.engine.JsonValue;
import io.unikv.testserver.internal.engine.RedisError;
import io.unikv.testserver.internal.engine.Reply;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The reading commands of {@link JsonCommands}: JSON.GET (with INDENT, NEWLINE, SPACE
 * and, over RESP3, FORMAT), JSON.MGET, JSON.TYPE and JSON.RESP.
 *
 * @author unikv authors
 */
final class JsonGet {

    /**
     * Arguments longer than the longest option word are always paths (RedisJSON's rule).
     */
    private static final int LONGEST_OPTION = "NOESCAPE".length();

    private JsonGet() {
    }

    static Reply get(CommandContext ctx) {
        List<JsonPaths> paths = new ArrayList<>();
        String indent = null;
        String newline = null;
        String space = null;
        String format = "STRING";
        for (int i = 2; i < ctx.argc(); i++) {
            String arg = ctx.text(i);
            if (arg.length() > LONGEST_OPTION) {
                paths.add(JsonPaths.of(arg));
            }
            else if (arg.equalsIgnoreCase("FORMAT")) {
                if (!JsonCommands.resp3(ctx) && paths.isEmpty()) {
                    throw new RedisError(Errors.JSON_FORMAT_RESP2);
                }
                format = replyFormat(ctx, ++i);
                if (format.equals("STRINGS")) {
                    throw new RedisError(Errors.JSON_WRONG_REPLY_FORMAT);
                }
            }
            else if (arg.equalsIgnoreCase("INDENT")) {
                indent = required(ctx, ++i);
            }
            else if (arg.equalsIgnoreCase("NEWLINE")) {
                newline = required(ctx, ++i);
            }
            else if (arg.equalsIgnoreCase("SPACE")) {
                space = required(ctx, ++i);
            }
            else if (!arg.equalsIgnoreCase("NOESCAPE")) {
                paths.add(JsonPaths.of(arg));
            }
        }
        if (paths.isEmpty()) {
            paths.add(JsonPaths.LEGACY_ROOT);
        }
        JsonValue doc = JsonCommands.doc(ctx, 1);
        if (doc == null) {
            return Reply.NULL;
        }
        JsonWriter.Format layout = new JsonWriter.Format(indent, newline, space);
        if (JsonCommands.resp3(ctx) && !format.equals("STRING")) {
            boolean expand = format.equals("EXPAND");
            List<Reply> perPath = new ArrayList<>();
            for (JsonPaths path : paths) {
                List<Reply> values = new ArrayList<>();
                path.values(doc.root()).forEach((value) -> values.add(JsonRespValues.expand(value, expand)));
                perPath.add(Reply.array(values));
            }
            return Reply.array(perPath);
        }
        boolean legacy = paths.stream().allMatch(JsonPaths::legacy);
        if (paths.size() == 1) {
            JsonPaths path = paths.get(0);
            return Reply.bulk(legacy ? JsonDocs.serialize(path.first(doc.root()), layout)
                    : JsonDocs.serializeAll(path.values(doc.root()), layout));
        }
        ObjectNode result = JsonDocs.NODES.objectNode();
        for (JsonPaths path : paths) {
            List<JsonNode> values = path.values(doc.root());
            if (legacy && values.isEmpty()) {
                throw new RedisError(Errors.jsonPathMissing(path.original()));
            }
            if (legacy) {
                result.set(path.original(), values.get(0));
            }
            else {
                result.set(path.original(), JsonDocs.NODES.arrayNode().addAll(values));
            }
        }
        return Reply.bulk(JsonDocs.serialize(result, layout));
    }

    static String replyFormat(CommandContext ctx, int index) {
        String format = required(ctx, index).toUpperCase(java.util.Locale.ROOT);
        if (!format.equals("STRING") && !format.equals("STRINGS") && !format.equals("EXPAND1")
                && !format.equals("EXPAND")) {
            throw new RedisError(Errors.JSON_WRONG_REPLY_FORMAT);
        }
        return format;
    }

    private static String required(CommandContext ctx, int index) {
        if (index >= ctx.argc()) {
            throw new RedisError(Errors.arity(ctx.commandName()));
        }
        return ctx.text(index);
    }

    static Reply mget(CommandContext ctx) {
        JsonPaths path = JsonPaths.of(ctx.text(ctx.argc() - 1));
        List<Reply> replies = new ArrayList<>();
        for (int i = 1; i < ctx.argc() - 1; i++) {
            replies.add(mgetOne(ctx, i, path));
        }
        return Reply.array(replies);
    }

    private static Reply mgetOne(CommandContext ctx, int index, JsonPaths path) {
        try {
            JsonValue doc = JsonCommands.doc(ctx, index);
            if (doc == null) {
                return Reply.NULL;
            }
            return Reply.bulk(path.legacy() ? JsonDocs.serialize(path.first(doc.root()))
                    : JsonDocs.serializeAll(path.values(doc.root()), JsonWriter.Format.COMPACT));
        }
        catch (RedisError ex) {
            // RedisJSON answers nil for keys of another type and paths that match nothing
            return Reply.NULL;
        }
    }

    static Reply type(CommandContext ctx) {
        JsonPaths path = JsonCommands.path(ctx, 2);
        JsonValue doc = JsonCommands.doc(ctx, 1);
        Reply reply;
        if (doc == null) {
            reply = Reply.NULL;
        }
        else if (path.legacy()) {
            List<JsonNode> values = path.values(doc.root());
            reply = values.isEmpty() ? Reply.NULL : Reply.bulk(JsonDocs.typeName(values.get(0)));
        }
        else {
            List<Reply> types = new ArrayList<>();
            path.values(doc.root()).forEach((value) -> types.add(Reply.bulk(JsonDocs.typeName(value))));
            reply = Reply.array(types);
        }
        return JsonCommands.resp3(ctx) ? Reply.array(List.of(reply)) : reply;
    }

    static Reply resp(CommandContext ctx) {
        JsonPaths path = JsonCommands.path(ctx, 2);
        JsonValue doc = JsonCommands.doc(ctx, 1);
        if (doc == null) {
            return Reply.NULL;
        }
        if (path.legacy()) {
            return JsonRespValues.resp(path.first(doc.root()));
        }
        List<Reply> values = new ArrayList<>();
        path.values(doc.root()).forEach((value) -> values.add(JsonRespValues.resp(value)));
        return Reply.array(values);
    }

}
