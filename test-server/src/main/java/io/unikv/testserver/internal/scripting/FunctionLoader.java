package io.unikv.testserver.internal.scripting;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.unikv.testserver.internal.engine.Errors;
import io.unikv.testserver.internal.engine.RedisError;
import org.jspecify.annotations.Nullable;
import org.luaj.vm2.LuaError;
import org.luaj.vm2.LuaFunction;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Prototype;
import org.luaj.vm2.Varargs;

/**
 * FUNCTION LOAD: runs a library's code once with the restricted {@code redis} table and
 * collects what it registers with {@code redis.register_function}, then installs the
 * library (replacing an older one with REPLACE). Engine thread only.
 *
 * @author unikv authors
 */
final class FunctionLoader {

    private static final Set<String> FLAGS = Set.of("no-writes", "allow-oom", "allow-stale", "no-cluster",
            "allow-cross-slot-keys", "allow-key-locking");

    private final String library;

    private final Map<String, Scripting.Function> registered = new LinkedHashMap<>();

    private FunctionLoader(String library) {
        this.library = library;
    }

    /**
     * Load a library.
     * @param scripting the engine's scripting state
     * @param code the code, starting with {@code #!lua name=...}
     * @param replace whether an existing library of that name is replaced
     * @return the library name
     */
    static String load(Scripting scripting, byte[] code, boolean replace) {
        return load(scripting, code, replace, false);
    }

    /**
     * Load a library.
     * @param scripting the engine's scripting state
     * @param code the code, starting with {@code #!lua name=...}
     * @param replace whether an existing library of that name is replaced
     * @param restoring whether FUNCTION RESTORE loads it (collisions are worded so)
     * @return the library name
     */
    static String load(Scripting scripting, byte[] code, boolean replace, boolean restoring) {
        Shebang shebang = metadata(code);
        String name = shebang.name();
        if (name == null) {
            throw new RedisError(Errors.LIBRARY_NAME_MISSING);
        }
        if (!validName(name)) {
            throw new RedisError(Errors.BAD_LIBRARY_NAME);
        }
        Scripting.Library existing = scripting.libraries.get(name);
        if (existing != null && !replace) {
            throw new RedisError(restoring ? "ERR Library " + name + " already exists" : Errors.libraryExists(name));
        }
        LuaRuntime lua = scripting.runtime();
        Prototype prototype;
        try {
            prototype = lua.compile(shebang.body(), "user_function");
        }
        catch (LuaError ex) {
            throw new RedisError("ERR Error compiling function: " + LuaRuntime.clean(ex.getMessage()));
        }
        FunctionLoader loader = new FunctionLoader(name);
        FunctionLoader outer = lua.loading;
        lua.loading = loader;
        try {
            lua.instantiate(prototype).call();
        }
        catch (LuaError ex) {
            LuaValue object = ex.getMessageObject();
            String detail = (object != null && object.istable() && object.get("err").isstring())
                    ? object.get("err").tojstring() : "ERR " + LuaRuntime.clean(ex.getMessage());
            throw new RedisError(Errors.functionRegistration(detail));
        }
        finally {
            lua.loading = outer;
        }
        if (loader.registered.isEmpty()) {
            throw new RedisError(Errors.NO_FUNCTIONS_REGISTERED);
        }
        for (String function : loader.registered.keySet()) {
            Scripting.Function other = scripting.functions.get(function);
            if (other != null && !other.library().equals(name)) {
                throw new RedisError(Errors.functionExists(other.name()));
            }
        }
        if (existing != null) {
            delete(scripting, name);
        }
        scripting.libraries.put(name, new Scripting.Library(name, code.clone(), loader.registered));
        scripting.functions.putAll(loader.registered);
        return name;
    }

    static boolean delete(Scripting scripting, String name) {
        Scripting.Library library = scripting.libraries.remove(name);
        if (library == null) {
            return false;
        }
        library.functions().keySet().forEach(scripting.functions::remove);
        return true;
    }

    private static Shebang metadata(byte[] code) {
        if (code.length < 2 || code[0] != '#' || code[1] != '!') {
            throw new RedisError(Errors.MISSING_LIBRARY_METADATA);
        }
        int end = 0;
        while (end < code.length && code[end] != '\n') {
            end++;
        }
        if (end == code.length) {
            throw new RedisError("ERR Invalid library metadata");
        }
        String[] parts = new String(code, 0, end, StandardCharsets.UTF_8).split(" ", -1);
        if (!parts[0].equals("#!lua")) {
            throw new RedisError("ERR Engine '" + parts[0].substring(2) + "' not found");
        }
        String name = null;
        for (int i = 1; i < parts.length; i++) {
            if (parts[i].startsWith("name=")) {
                name = parts[i].substring(5);
            }
            else if (!parts[i].isEmpty()) {
                throw new RedisError("ERR Invalid metadata value given: " + parts[i]);
            }
        }
        byte[] body = code.clone();
        for (int i = 0; i < end; i++) {
            body[i] = ' ';
        }
        return new Shebang(true, name, Set.of(), body);
    }

    void register(Varargs args) {
        LuaValue name;
        LuaValue callback;
        LuaValue flags = LuaValue.NIL;
        LuaValue description = LuaValue.NIL;
        if (args.narg() == 1) {
            if (!args.arg1().istable()) {
                throw error("ERR calling redis.register_function with a single argument is only applicable to "
                        + "Lua table (representing named arguments).");
            }
            LuaTable table = (LuaTable) args.arg1();
            name = LuaValue.NIL;
            callback = LuaValue.NIL;
            LuaValue key = LuaValue.NIL;
            while (true) {
                Varargs next = table.next(key);
                key = next.arg1();
                if (key.isnil()) {
                    break;
                }
                String field = key.isstring() ? key.tojstring() : "";
                switch (field) {
                    case "function_name" -> name = next.arg(2);
                    case "callback" -> callback = next.arg(2);
                    case "flags" -> flags = next.arg(2);
                    case "description" -> description = next.arg(2);
                    default -> throw error("ERR unknown argument given to redis.register_function");
                }
            }
            if (name.isnil() || !name.isstring()) {
                throw error("ERR redis.register_function must get a function name argument");
            }
            if (callback.isnil() || !callback.isfunction()) {
                throw error("ERR redis.register_function must get a callback argument");
            }
        }
        else if (args.narg() == 2) {
            name = args.arg1();
            callback = args.arg(2);
            if (!name.isstring()) {
                throw error("ERR first argument to redis.register_function must be a string");
            }
            if (!callback.isfunction()) {
                throw error("ERR second argument to redis.register_function must be a function");
            }
        }
        else {
            throw error("ERR wrong number of arguments to redis.register_function");
        }
        String functionName = name.tojstring();
        if (!validName(functionName)) {
            throw error(Errors.BAD_LIBRARY_NAME);
        }
        String id = functionName.toLowerCase(Locale.ROOT);
        if (this.registered.containsKey(id)) {
            throw error("ERR Function already exists in the library");
        }
        this.registered.put(id, new Scripting.Function(functionName, this.library, (LuaFunction) callback, flags(flags),
                description.isnil() ? null : description.tojstring()));
    }

    private static Set<String> flags(LuaValue flags) {
        if (flags.isnil()) {
            return Set.of();
        }
        if (!flags.istable()) {
            throw error("ERR flags argument to redis.register_function must be a table representing function flags");
        }
        Set<String> result = new LinkedHashSet<>();
        for (int i = 1;; i++) {
            LuaValue flag = flags.get(i);
            if (flag.isnil()) {
                break;
            }
            if (!flag.isstring() || !FLAGS.contains(flag.tojstring())) {
                throw error("ERR unknown flag given");
            }
            result.add(flag.tojstring());
        }
        return result;
    }

    private static LuaError error(String message) {
        return new LuaError(RedisLib.errorTable(message));
    }

    static boolean validName(@Nullable String name) {
        if (name == null || name.isEmpty()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_')) {
                return false;
            }
        }
        return true;
    }

}
