package io.unikv.testserver.internal.engine;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * The commands Redis 7.0 still runs while a script is busy (flag {@code allow_busy}).
 * Stateless.
 *
 * @author unikv authors
 */
final class ScriptingBusy {

    private static final Set<String> ALLOWED = Set.of("auth", "hello", "multi", "discard", "watch", "unwatch", "reset",
            "quit", "shutdown", "replconf");

    private static final Set<String> ALLOWED_SUBCOMMANDS = Set.of("script|kill", "function|kill", "function|stats");

    private ScriptingBusy() {
    }

    static boolean allowed(CommandSpec spec, byte[][] args) {
        if (ALLOWED.contains(spec.name())) {
            return true;
        }
        if (args.length > 1) {
            String sub = new String(args[1], StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
            return ALLOWED_SUBCOMMANDS.contains(spec.name() + "|" + sub);
        }
        return false;
    }

}
