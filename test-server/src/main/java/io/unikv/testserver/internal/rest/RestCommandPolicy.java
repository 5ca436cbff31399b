package io.unikv.testserver.internal.rest;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

import io.unikv.testserver.internal.engine.CommandSpec;
import io.unikv.testserver.internal.engine.CommandTable;
import io.unikv.testserver.internal.engine.Errors;
import io.unikv.testserver.internal.engine.User;
import org.jspecify.annotations.Nullable;

/**
 * What the REST endpoint refuses before a command reaches the engine: commands that make
 * no sense on a connection that lives for one request (blocking commands, connection
 * state, transaction control, subscriptions, cluster commands), and, for the read-only
 * token, writes plus KEYS and SCAN, in Upstash's ACL wording. Unknown commands and wrong
 * arity pass through, so the engine answers them exactly as Redis does. Stateless.
 *
 * @author unikv authors
 */
final class RestCommandPolicy {

    private static final Set<String> UNSUPPORTED = Set.of("auth", "hello", "select", "quit", "reset", "multi", "exec",
            "discard", "watch", "unwatch", "subscribe", "psubscribe", "ssubscribe", "unsubscribe", "punsubscribe",
            "sunsubscribe", "monitor", "sync", "psync", "replconf", "cluster", "readonly", "readwrite", "asking");

    /** Commands that only block when given a BLOCK option. */
    private static final Set<String> BLOCK_OPTION = Set.of("xread", "xreadgroup");

    /**
     * Reads the read-only token may not run either (Upstash: "powerful read commands").
     */
    private static final Set<String> READ_ONLY_DENIED = Set.of("keys", "scan");

    private RestCommandPolicy() {
    }

    /**
     * Decide whether a command may run.
     * @param table the command table
     * @param user the user the token maps to
     * @param args the command
     * @return the error to answer instead, or {@code null} to run it
     */
    static @Nullable String refusal(CommandTable table, User user, byte[][] args) {
        String name = new String(args[0], StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
        if (user == User.READ_ONLY && READ_ONLY_DENIED.contains(name)) {
            return Errors.restNoPermission(name);
        }
        CommandSpec spec = table.lookup(args[0]);
        if (spec == null || !spec.acceptsArity(args.length)) {
            return null;
        }
        if (UNSUPPORTED.contains(spec.name()) || blocks(spec, args)) {
            return Errors.restUnsupported(spec.name());
        }
        if (user == User.READ_ONLY && spec.has(CommandSpec.Flag.WRITE)) {
            return Errors.restNoPermission(spec.name());
        }
        return null;
    }

    private static boolean blocks(CommandSpec spec, byte[][] args) {
        if (BLOCK_OPTION.contains(spec.name())) {
            for (int i = 1; i < args.length; i++) {
                String option = new String(args[i], StandardCharsets.UTF_8);
                if (option.equalsIgnoreCase("STREAMS")) {
                    return false;
                }
                if (option.equalsIgnoreCase("BLOCK")) {
                    return true;
                }
            }
            return false;
        }
        // WAIT carries the flag but returns at once here: there are no replicas to wait
        // for
        return spec.has(CommandSpec.Flag.BLOCKING) && !spec.name().equals("wait");
    }

}
