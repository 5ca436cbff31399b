package io.unikv.commands;

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A function library as {@code FUNCTION LIST} describes it.
 *
 * @param name the library name (from {@code #!lua name=...})
 * @param engine the engine, {@code LUA}
 * @param functions the functions it registered
 * @param code the library's source, or {@code null} unless asked for with
 * {@code WITHCODE}
 * @author unikv authors
 */
public record FunctionLibrary(String name, String engine, List<FunctionInfo> functions, @Nullable String code) {

    /**
     * Copy the functions.
     */
    public FunctionLibrary {
        functions = List.copyOf(functions);
    }

    /**
     * One function of a library.
     *
     * @param name the function name, as FCALL takes it
     * @param description the description given to {@code redis.register_function}, or
     * {@code null}
     * @param flags the flags, such as {@code no-writes}
     */
    public record FunctionInfo(String name, @Nullable String description, Set<String> flags) {

        /**
         * Copy the flags.
         */
        public FunctionInfo {
            flags = Set.copyOf(flags);
        }

    }

}
