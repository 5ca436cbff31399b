package io.unikv.testserver.internal.commands;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.unikv.testserver.internal.engine.ByteKey;
import io.unikv.testserver.internal.engine.CommandContext;
import io.unikv.testserver.internal.engine.CommandSpec;
import io.unikv.testserver.internal.engine.CommandTable;
import io.unikv.testserver.internal.engine.Errors;
import io.unikv.testserver.internal.engine.JsonValue;
import io.unikv.testserver.internal.engine.RedisError;
import io.unikv.testserver.internal.engine.Reply;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import static io.unikv.testserver.internal.engine.CommandSpec.Flag.DENYOOM;
import static io.unikv.testserver.internal.engine.CommandSpec.Flag.READONLY;
import static io.unikv.testserver.internal.engine.CommandSpec.Flag.WRITE;

/**
 * The RedisJSON 2.x documents the Upstash clients expose: JSON.SET, GET, MGET, MSET,
 * MERGE, DEL, FORGET, TYPE, CLEAR and RESP here; numbers, strings, booleans and objects
 * in {@link JsonScalarOps}; arrays in {@link JsonArrayOps}. Replies follow RedisJSON: a
 * legacy path ({@code .a}) answers about its first match and fails when nothing matches;
 * a JSONPath ({@code $.a}) answers with one entry per match, {@code nil} where a match
 * has the wrong type.
 *
 * @author unikv authors
 */
final class JsonCommands {

    private JsonCommands() {
    }

    static void register(CommandTable table) {
        table.register(CommandSpec.keys("json.set", -4, 1, 1, 1, JsonCommands::set, WRITE, DENYOOM),
                CommandSpec.keys("json.get", -2, 1, 1, 1, JsonGet::get, READONLY),
                CommandSpec.keys("json.mget", -3, 1, -2, 1, JsonGet::mget, READONLY),
                CommandSpec.keys("json.mset", -4, 1, -1, 3, JsonCommands::mset, WRITE, DENYOOM),
                CommandSpec.keys("json.merge", -4, 1, 1, 1, JsonCommands::merge, WRITE, DENYOOM),
                CommandSpec.keys("json.del", -2, 1, 1, 1, JsonCommands::del, WRITE),
                CommandSpec.keys("json.forget", -2, 1, 1, 1, JsonCommands::del, WRITE),
                CommandSpec.keys("json.type", -2, 1, 1, 1, JsonGet::type, READONLY),
                CommandSpec.keys("json.resp", -2, 1, 1, 1, JsonGet::resp, READONLY),
                CommandSpec.keys("json.clear", -2, 1, 1, 1, JsonCommands::clear, WRITE),
                CommandSpec.keys("json.numincrby", 4, 1, 1, 1, JsonScalarOps::numincrby, WRITE),
                CommandSpec.keys("json.nummultby", 4, 1, 1, 1, JsonScalarOps::nummultby, WRITE),
                CommandSpec.keys("json.toggle", 3, 1, 1, 1, JsonScalarOps::toggle, WRITE),
                CommandSpec.keys("json.strappend", -3, 1, 1, 1, JsonScalarOps::strappend, WRITE, DENYOOM),
                CommandSpec.keys("json.strlen", -2, 1, 1, 1, JsonScalarOps::strlen, READONLY),
                CommandSpec.keys("json.objkeys", -2, 1, 1, 1, JsonScalarOps::objkeys, READONLY),
                CommandSpec.keys("json.objlen", -2, 1, 1, 1, JsonScalarOps::objlen, READONLY),
                CommandSpec.keys("json.arrappend", -4, 1, 1, 1, JsonArrayOps::arrappend, WRITE, DENYOOM),
                CommandSpec.keys("json.arrinsert", -5, 1, 1, 1, JsonArrayOps::arrinsert, WRITE, DENYOOM),
                CommandSpec.keys("json.arrindex", -4, 1, 1, 1, JsonArrayOps::arrindex, READONLY),
                CommandSpec.keys("json.arrlen", -2, 1, 1, 1, JsonArrayOps::arrlen, READONLY),
                CommandSpec.keys("json.arrpop", -2, 1, 1, 1, JsonArrayOps::arrpop, WRITE),
                CommandSpec.keys("json.arrtrim", 5, 1, 1, 1, JsonArrayOps::arrtrim, WRITE));
    }

    /**
     * Return the document under a key.
     * @param ctx the context
     * @param index the key's position
     * @return the document, or {@code null} if the key does not exist
     * @throws RedisError {@link Errors#WRONGTYPE} for another type
     */
    static @Nullable JsonValue doc(CommandContext ctx, int index) {
        return ctx.db().get(ctx.key(index), JsonValue.class);
    }

    /**
     * Return the document under a key that must exist.
     * @param ctx the context
     * @param index the key's position
     * @return the document
     * @throws RedisError {@link Errors#JSON_NO_SUCH_KEY} if it does not exist
     */
    static JsonValue existing(CommandContext ctx, int index) {
        JsonValue doc = doc(ctx, index);
        if (doc == null) {
            throw new RedisError(Errors.JSON_NO_SUCH_KEY);
        }
        return doc;
    }

    /**
     * Return whether the client speaks RESP3.
     * @param ctx the context
     * @return whether it does
     */
    static boolean resp3(CommandContext ctx) {
        return ctx.client().protocol() == 3;
    }

    /**
     * Return the path argument at a position, or the legacy root when it is absent.
     * @param ctx the context
     * @param index the position
     * @return the path
     */
    static JsonPaths path(CommandContext ctx, int index) {
        return (index < ctx.argc()) ? JsonPaths.of(ctx.text(index)) : JsonPaths.LEGACY_ROOT;
    }

    private static Reply set(CommandContext ctx) {
        JsonPaths path = JsonPaths.of(ctx.text(2));
        int condition = 0;
        for (int i = 4; i < ctx.argc(); i++) {
            if (ctx.is(i, "NX") && condition == 0) {
                condition = 1;
            }
            else if (ctx.is(i, "XX") && condition == 0) {
                condition = 2;
            }
            else if (ctx.is(i, "FORMAT") && i + 1 < ctx.argc()
                    && (ctx.text(i + 1).equals("JSON") || ctx.text(i + 1).equals("STRING"))) {
                i++;
            }
            else {
                throw ctx.syntaxError();
            }
        }
        JsonValue doc = doc(ctx, 1);
        JsonNode value = JsonDocs.parse(ctx.text(3));
        if (doc == null) {
            if (condition == 2) {
                return Reply.NULL;
            }
            if (!path.root()) {
                throw new RedisError(Errors.JSON_NEW_AT_ROOT);
            }
            ctx.db().set(ctx.key(1), new JsonValue(value));
            return Reply.OK;
        }
        if (path.root()) {
            if (condition == 1) {
                return Reply.NULL;
            }
            doc.root(value);
            ctx.db().modified(ctx.key(1));
            return Reply.OK;
        }
        boolean updated = update(doc, path, value, condition);
        if (updated) {
            ctx.db().modified(ctx.key(1));
        }
        return updated ? Reply.OK : Reply.NULL;
    }

    /**
     * Set every match (or create the member the path names); return whether anything
     * changed.
     */
    private static boolean update(JsonValue doc, JsonPaths path, JsonNode value, int condition) {
        if (condition != 1) {
            List<List<Object>> locations = new ArrayList<>(path.locate(doc.root()));
            JsonPaths.prepareForUpdate(locations);
            if (!locations.isEmpty()) {
                for (int i = 0; i < locations.size(); i++) {
                    JsonPaths.set(doc, locations.get(i), (i == locations.size() - 1) ? value : value.deepCopy());
                }
                return true;
            }
            if (condition == 2) {
                return false;
            }
        }
        return addMember(doc, path, value, false);
    }

    /** JSON.SET / JSON.MERGE on a path whose last member does not exist yet. */
    private static boolean addMember(JsonValue doc, JsonPaths path, JsonNode value, boolean merge) {
        String[] split = path.splitLast();
        if (split == null) {
            if (path.locate(doc.root()).isEmpty()) {
                throw new RedisError(Errors.JSON_ARRAY_INDEX_OUT_OF_RANGE);
            }
            return false;
        }
        boolean updated = false;
        for (List<Object> location : JsonPaths.locate(doc.root(), split[0])) {
            JsonNode parent = JsonPaths.get(doc.root(), location);
            if (parent.isObject() && !parent.has(split[1])) {
                ((tools.jackson.databind.node.ObjectNode) parent).set(split[1], value.deepCopy());
                updated = true;
            }
        }
        return updated;
    }

    private static Reply mset(CommandContext ctx) {
        if ((ctx.argc() - 1) % 3 != 0) {
            throw new RedisError(Errors.arity(ctx.commandName()));
        }
        record Action(ByteKey key, @Nullable JsonValue doc, JsonPaths path, JsonNode value) {
        }
        List<Action> actions = new ArrayList<>();
        for (int i = 1; i < ctx.argc(); i += 3) {
            JsonValue doc = doc(ctx, i);
            JsonPaths path = JsonPaths.of(ctx.text(i + 1));
            if (!path.root() && doc == null) {
                throw new RedisError(Errors.JSON_NEW_AT_ROOT);
            }
            if (!path.root()) {
                path.locate(doc.root());
            }
            actions.add(new Action(ctx.key(i), doc, path, JsonDocs.parse(ctx.text(i + 2))));
        }
        for (Action action : actions) {
            JsonValue doc = ctx.db().get(action.key(), JsonValue.class);
            if (action.path().root()) {
                if (doc == null) {
                    ctx.db().set(action.key(), new JsonValue(action.value()));
                }
                else {
                    doc.root(action.value());
                    ctx.db().modified(action.key());
                }
            }
            else if (doc != null && update(doc, action.path(), action.value(), 0)) {
                ctx.db().modified(action.key());
            }
        }
        return Reply.OK;
    }

    private static Reply merge(CommandContext ctx) {
        JsonPaths path = JsonPaths.of(ctx.text(2));
        for (int i = 4; i < ctx.argc(); i++) {
            if (ctx.is(i, "FORMAT") && i + 1 < ctx.argc()) {
                i++;
            }
            else {
                throw ctx.syntaxError();
            }
        }
        JsonValue doc = doc(ctx, 1);
        JsonNode patch = JsonDocs.parse(ctx.text(3));
        if (doc == null) {
            if (!path.root()) {
                throw new RedisError(Errors.JSON_NEW_AT_ROOT);
            }
            ctx.db().set(ctx.key(1), new JsonValue(patch));
            return Reply.OK;
        }
        List<List<Object>> locations = path.root() ? List.of(List.of()) : path.locate(doc.root());
        boolean updated;
        if (!locations.isEmpty()) {
            for (List<Object> location : locations) {
                JsonPaths.set(doc, location, mergePatch(JsonPaths.get(doc.root(), location), patch));
            }
            updated = true;
        }
        else {
            updated = addMember(doc, path, patch, true);
        }
        if (updated) {
            ctx.db().modified(ctx.key(1));
        }
        return updated ? Reply.OK : Reply.NULL;
    }

    /** RFC 7396 merge patch: objects merge member by member, {@code null} removes. */
    private static JsonNode mergePatch(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch.deepCopy();
        }
        tools.jackson.databind.node.ObjectNode result = target.isObject()
                ? (tools.jackson.databind.node.ObjectNode) target : JsonDocs.NODES.objectNode();
        for (Map.Entry<String, JsonNode> entry : patch.properties()) {
            if (entry.getValue().isNull()) {
                result.remove(entry.getKey());
            }
            else {
                JsonNode current = result.get(entry.getKey());
                result.set(entry.getKey(),
                        mergePatch((current != null) ? current : JsonDocs.NODES.nullNode(), entry.getValue()));
            }
        }
        return result;
    }

    private static Reply del(CommandContext ctx) {
        JsonPaths path = path(ctx, 2);
        JsonValue doc = doc(ctx, 1);
        if (doc == null) {
            return Reply.ZERO;
        }
        if (path.root()) {
            ctx.db().delete(ctx.key(1));
            return Reply.ONE;
        }
        List<List<Object>> locations = new ArrayList<>(path.locate(doc.root()));
        JsonPaths.prepareForUpdate(locations);
        for (List<Object> location : locations) {
            JsonPaths.remove(doc.root(), location);
        }
        if (!locations.isEmpty()) {
            ctx.db().modified(ctx.key(1));
        }
        return Reply.integer(locations.size());
    }

    private static Reply clear(CommandContext ctx) {
        JsonPaths path = path(ctx, 2);
        JsonValue doc = existing(ctx, 1);
        int cleared = 0;
        for (List<Object> location : path.locate(doc.root())) {
            JsonNode node = JsonPaths.get(doc.root(), location);
            if (node.isContainer() && node.size() > 0) {
                if (node.isObject()) {
                    ((tools.jackson.databind.node.ObjectNode) node).removeAll();
                }
                else {
                    ((tools.jackson.databind.node.ArrayNode) node).removeAll();
                }
                cleared++;
            }
            else if (node.isNumber() && node.doubleValue() != 0) {
                JsonPaths.set(doc, location, JsonDocs.NODES.numberNode(0));
                cleared++;
            }
        }
        if (cleared > 0) {
            ctx.db().modified(ctx.key(1));
        }
        return Reply.integer(cleared);
    }

}
