package io.unikv.testserver.internal.commands;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.unikv.testserver.internal.engine.ByteKey;
import io.unikv.testserver.internal.engine.CommandContext;
import io.unikv.testserver.internal.engine.Errors;
import io.unikv.testserver.internal.engine.JsonValue;
import io.unikv.testserver.internal.engine.RedisError;
import io.unikv.testserver.internal.engine.Reply;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The writing commands of {@link JsonCommands} that take a JSON value: JSON.SET (with NX
 * and XX, creating a member when the path's parent object exists), JSON.MSET and
 * JSON.MERGE (an RFC 7396 merge patch).
 *
 * @author unikv authors
 */
final class JsonWrites {

    private JsonWrites() {
    }

    static Reply set(CommandContext ctx) {
        JsonPaths path = JsonPaths.of(ctx.text(2));
        int condition = 0;
        for (int i = 4; i < ctx.argc(); i++) {
            if (ctx.is(i, "NX") && condition == 0) {
                condition = 1;
            }
            else if (ctx.is(i, "XX") && condition == 0) {
                condition = 2;
            }
            else if (ctx.is(i, "FORMAT")) {
                if (++i >= ctx.argc()) {
                    throw new RedisError(Errors.arity(ctx.commandName()));
                }
                if (!ctx.text(i).equals("JSON") && !ctx.text(i).equals("STRING")) {
                    throw new RedisError(Errors.JSON_WRONG_FORMAT);
                }
            }
            else {
                throw ctx.syntaxError();
            }
        }
        JsonValue doc = JsonCommands.doc(ctx, 1);
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
        boolean updated = JsonSetPlan.of(doc, path, condition, true).apply(doc, value, JsonWrites::replace);
        if (updated) {
            ctx.db().modified(ctx.key(1));
        }
        return updated ? Reply.OK : Reply.NULL;
    }

    static Reply mset(CommandContext ctx) {
        if ((ctx.argc() - 1) % 3 != 0) {
            throw new RedisError(Errors.arity(ctx.commandName()));
        }
        record Action(ByteKey key, JsonSetPlan plan, JsonNode value) {
        }
        List<Action> actions = new ArrayList<>();
        for (int i = 1; i < ctx.argc(); i += 3) {
            JsonValue doc = JsonCommands.doc(ctx, i);
            JsonPaths path = JsonPaths.of(ctx.text(i + 1));
            if (!path.root() && doc == null) {
                throw new RedisError(Errors.JSON_NEW_AT_ROOT);
            }
            // RedisJSON plans every triplet (and fails) before writing anything
            JsonSetPlan plan = path.root() ? JsonSetPlan.ROOT : JsonSetPlan.of(doc, path, 0, true);
            actions.add(new Action(ctx.key(i), plan, JsonDocs.parse(ctx.text(i + 2))));
        }
        for (Action action : actions) {
            JsonValue doc = ctx.db().get(action.key(), JsonValue.class);
            if (action.plan() == JsonSetPlan.ROOT && doc == null) {
                ctx.db().set(action.key(), new JsonValue(action.value()));
            }
            else if (doc != null && action.plan().apply(doc, action.value(), JsonWrites::replace)) {
                ctx.db().modified(action.key());
            }
        }
        return Reply.OK;
    }

    static Reply merge(CommandContext ctx) {
        JsonPaths path = JsonPaths.of(ctx.text(2));
        for (int i = 4; i < ctx.argc(); i++) {
            if (ctx.is(i, "FORMAT") && i + 1 < ctx.argc()) {
                i++;
            }
            else {
                throw ctx.syntaxError();
            }
        }
        JsonValue doc = JsonCommands.doc(ctx, 1);
        JsonNode patch = JsonDocs.parse(ctx.text(3));
        if (doc == null) {
            if (!path.root()) {
                throw new RedisError(Errors.JSON_NEW_AT_ROOT);
            }
            ctx.db().set(ctx.key(1), new JsonValue(patch));
            return Reply.OK;
        }
        JsonSetPlan plan = path.root() ? JsonSetPlan.ROOT : JsonSetPlan.of(doc, path, 0, false);
        boolean updated = plan.apply(doc, patch, JsonWrites::mergePatch);
        if (updated) {
            ctx.db().modified(ctx.key(1));
        }
        return updated ? Reply.OK : Reply.NULL;
    }

    private static JsonNode replace(JsonNode current, JsonNode value) {
        return value.deepCopy();
    }

    /** RFC 7396 merge patch: objects merge member by member, {@code null} removes. */
    private static JsonNode mergePatch(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch.deepCopy();
        }
        ObjectNode result = target.isObject() ? (ObjectNode) target : JsonDocs.NODES.objectNode();
        for (Map.Entry<String, JsonNode> entry : patch.properties()) {
            if (entry.getValue().isNull()) {
                JsonLocations.removeMember(result, entry.getKey());
            }
            else {
                JsonNode current = result.get(entry.getKey());
                result.set(entry.getKey(),
                        mergePatch((current != null) ? current : JsonDocs.NODES.nullNode(), entry.getValue()));
            }
        }
        return result;
    }

}
