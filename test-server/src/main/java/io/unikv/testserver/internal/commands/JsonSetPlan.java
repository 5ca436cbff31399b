package io.unikv.testserver.internal.commands;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BinaryOperator;

import io.unikv.testserver.internal.engine.Errors;
import io.unikv.testserver.internal.engine.JsonValue;
import io.unikv.testserver.internal.engine.RedisError;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a JSON.SET, MSET or MERGE on a path will change, worked out before anything is
 * written (as RedisJSON does, so JSON.MSET fails before its first write and skips a
 * location an earlier triplet removed): the matches to replace, or the objects to add the
 * path's last member to.
 *
 * @param locations the matches to replace
 * @param parents the objects to add {@code member} to
 * @param member the member to add, or {@code null}
 * @author unikv authors
 */
record JsonSetPlan(List<List<Object>> locations, List<List<Object>> parents, @Nullable String member) {

    /** The whole document. */
    static final JsonSetPlan ROOT = new JsonSetPlan(List.of(List.of()), List.of(), null);

    private static final JsonSetPlan NOTHING = new JsonSetPlan(List.of(), List.of(), null);

    /**
     * Plan a write.
     * @param doc the document
     * @param path the path (not the root)
     * @param condition 0, 1 for {@code NX} or 2 for {@code XX}
     * @param outermost whether nested matches collapse to the outermost (JSON.SET) or all
     * stay (JSON.MERGE)
     * @return the plan
     * @throws RedisError for a path that can name no new member
     */
    static JsonSetPlan of(JsonValue doc, JsonPaths path, int condition, boolean outermost) {
        if (condition != 1) {
            List<List<Object>> locations = new ArrayList<>(path.locate(doc.root()));
            if (outermost) {
                JsonLocations.prepareForUpdate(locations);
            }
            if (!locations.isEmpty()) {
                return new JsonSetPlan(locations, List.of(), null);
            }
            if (condition == 2) {
                return NOTHING;
            }
        }
        String[] split = path.splitLast();
        if (split == null) {
            if (path.locate(doc.root()).isEmpty()) {
                throw new RedisError(Errors.JSON_ARRAY_INDEX_OUT_OF_RANGE);
            }
            return NOTHING;
        }
        return new JsonSetPlan(List.of(), JsonPaths.locate(doc.root(), split[0]), split[1]);
    }

    /**
     * Carry the plan out, skipping locations that no longer exist.
     * @param doc the document
     * @param value the value
     * @param edit the new value of a match from its current value and {@code value}
     * @return whether anything changed
     */
    boolean apply(JsonValue doc, JsonNode value, BinaryOperator<JsonNode> edit) {
        boolean updated = false;
        for (List<Object> location : this.locations) {
            JsonNode current = JsonLocations.find(doc.root(), location);
            if (current != null) {
                JsonLocations.set(doc, location, edit.apply(current, value));
                updated = true;
            }
        }
        for (List<Object> location : this.parents) {
            JsonNode parent = JsonLocations.find(doc.root(), location);
            if (parent instanceof ObjectNode object && !object.has(this.member)) {
                object.set(this.member, value.deepCopy());
                updated = true;
            }
        }
        return updated;
    }

}
