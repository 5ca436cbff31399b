package io.unikv.testserver.internal.commands;

import java.util.ArrayList;
import java.util.List;

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
 * The RedisJSON 2.x commands the Upstash clients expose, on documents held as Jackson
 * trees ({@link io.unikv.testserver.internal.engine.JsonValue}): registration, JSON.DEL,
 * FORGET and CLEAR here; JSON.SET, MSET and MERGE in {@link JsonWrites}; JSON.GET, MGET,
 * TYPE and RESP in {@link JsonGet}; numbers, strings, booleans and objects in
 * {@link JsonScalarOps}; arrays in {@link JsonArrayOps}. Replies follow RedisJSON: a
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
        table.register(CommandSpec.keys("json.set", -4, 1, 1, 1, JsonWrites::set, WRITE, DENYOOM),
                CommandSpec.keys("json.get", -2, 1, 1, 1, JsonGet::get, READONLY),
                CommandSpec.keys("json.mget", -3, 1, -2, 1, JsonGet::mget, READONLY),
                CommandSpec.keys("json.mset", -4, 1, -1, 3, JsonWrites::mset, WRITE, DENYOOM),
                CommandSpec.keys("json.merge", -4, 1, 1, 1, JsonWrites::merge, WRITE, DENYOOM),
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
        JsonLocations.prepareForUpdate(locations);
        for (List<Object> location : locations) {
            JsonLocations.remove(doc.root(), location);
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
            JsonNode node = JsonLocations.get(doc.root(), location);
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
                JsonLocations.set(doc, location, JsonDocs.NODES.numberNode(0));
                cleared++;
            }
        }
        if (cleared > 0) {
            ctx.db().modified(ctx.key(1));
        }
        return Reply.integer(cleared);
    }

}
