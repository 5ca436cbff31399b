package io.unikv.testserver.internal.scripting;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.unikv.testserver.internal.engine.Errors;
import io.unikv.testserver.internal.engine.RedisError;
import org.jspecify.annotations.Nullable;

/**
 * A script's {@code #!lua} first line: library name (FUNCTION LOAD) and flags (EVAL). The
 * body keeps its line numbers: the shebang line is blanked, not removed. Immutable.
 *
 * @param present whether the script had a shebang
 * @param name the {@code name=} option, or {@code null}
 * @param flags the {@code flags=} values
 * @param body the code to compile
 * @author unikv authors
 */
record Shebang(boolean present, @Nullable String name, Set<String> flags, byte[] body) {

    /** The flags Redis 7.0 knows, plus Upstash's {@code allow-key-locking}. */
    static final List<String> KNOWN_FLAGS = List.of("no-writes", "allow-oom", "allow-stale", "no-cluster",
            "allow-cross-slot-keys", "allow-key-locking");

    /**
     * Parse a script's shebang.
     * @param code the script
     * @param function whether it is FUNCTION LOAD code (which takes {@code name=})
     * @return the parsed shebang
     * @throws RedisError with Redis's error for a bad shebang
     */
    static Shebang parse(byte[] code, boolean function) {
        if (code.length < 2 || code[0] != '#' || code[1] != '!') {
            return new Shebang(false, null, Set.of(), code);
        }
        int end = indexOf(code, (byte) '\n');
        if (end < 0) {
            throw new RedisError(Errors.SHEBANG_INVALID);
        }
        String line = new String(code, 0, end, StandardCharsets.UTF_8);
        String[] parts = line.split(" ", -1);
        if (!parts[0].equals("#!lua")) {
            throw new RedisError(Errors.shebangEngine(parts[0]));
        }
        String name = null;
        Set<String> flags = new LinkedHashSet<>();
        for (int i = 1; i < parts.length; i++) {
            String part = parts[i];
            if (part.isEmpty()) {
                continue;
            }
            if (part.startsWith("flags=")) {
                for (String flag : part.substring(6).split(",", -1)) {
                    if (flag.isEmpty()) {
                        continue;
                    }
                    if (!KNOWN_FLAGS.contains(flag)) {
                        throw new RedisError(Errors.shebangFlag(flag));
                    }
                    flags.add(flag);
                }
            }
            else if (function && part.startsWith("name=")) {
                name = part.substring(5);
            }
            else {
                throw new RedisError(Errors.shebangOption(part));
            }
        }
        byte[] body = code.clone();
        for (int i = 0; i < end; i++) {
            body[i] = ' ';
        }
        return new Shebang(true, name, flags, body);
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }

}
