package io.unikv.internal.commands;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.unikv.commands.FunctionLibrary;
import io.unikv.internal.Converters;
import io.unikv.transport.Reply;
import org.jspecify.annotations.Nullable;

/**
 * Reads {@code FUNCTION LIST} replies, RESP2 (flat key-value arrays) or RESP3 (maps).
 * Stateless.
 *
 * @author unikv authors
 */
final class FunctionLists {

    private FunctionLists() {
    }

    static List<FunctionLibrary> libraries(Reply reply) {
        List<FunctionLibrary> libraries = new ArrayList<>();
        for (Reply item : reply.asList()) {
            Map<String, Reply> fields = Converters.map((r) -> r).apply(item);
            List<FunctionLibrary.FunctionInfo> functions = new ArrayList<>();
            Reply listed = fields.get("functions");
            if (listed != null) {
                for (Reply function : listed.asList()) {
                    functions.add(function(Converters.map((r) -> r).apply(function)));
                }
            }
            libraries.add(new FunctionLibrary(text(fields.get("library_name")), text(fields.get("engine")), functions,
                    optionalText(fields.get("library_code"))));
        }
        return libraries;
    }

    private static FunctionLibrary.FunctionInfo function(Map<String, Reply> fields) {
        Set<String> flags = new LinkedHashSet<>();
        Reply listed = fields.get("flags");
        if (listed != null) {
            for (Reply flag : listed.asList()) {
                flags.add(flag.asString());
            }
        }
        return new FunctionLibrary.FunctionInfo(text(fields.get("name")), optionalText(fields.get("description")),
                flags);
    }

    private static String text(@Nullable Reply reply) {
        String text = optionalText(reply);
        return (text != null) ? text : "";
    }

    private static @Nullable String optionalText(@Nullable Reply reply) {
        return (reply == null || reply.isNil()) ? null : reply.asString();
    }

}
