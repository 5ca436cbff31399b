package io.unikv.testserver.internal.scripting;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import io.unikv.testserver.internal.engine.Client;
import io.unikv.testserver.internal.engine.Engine;
import io.unikv.testserver.internal.engine.Errors;
import io.unikv.testserver.internal.engine.RedisError;
import io.unikv.testserver.internal.engine.Reply;
import io.unikv.testserver.internal.engine.ScriptGate;
import org.jspecify.annotations.Nullable;
import org.luaj.vm2.LuaError;
import org.luaj.vm2.LuaFunction;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Prototype;

/**
 * The scripting state of one engine: the interpreter, the script cache (EVAL, SCRIPT
 * LOAD) and the function libraries, and how a script or function runs: atomically on the
 * engine thread, its errors worded and suffixed as Redis 7.0 does. Engine thread only.
 *
 * @author unikv authors
 */
final class Scripting {

    private final Engine engine;

    private @Nullable LuaRuntime runtime;

    private final Map<String, Script> scripts = new LinkedHashMap<>();

    final Map<String, Library> libraries = new LinkedHashMap<>();

    final Map<String, Function> functions = new LinkedHashMap<>();

    private Scripting(Engine engine) {
        this.engine = engine;
    }

    static Scripting of(Engine engine) {
        return engine.scripts().extension(Scripting.class, () -> new Scripting(engine));
    }

    @Nullable ScriptRun running() {
        return (this.runtime != null) ? this.runtime.current : null;
    }

    LuaRuntime runtime() {
        if (this.runtime == null) {
            this.runtime = new LuaRuntime(this.engine);
        }
        return this.runtime;
    }

    /**
     * Compile and cache a script (EVAL, SCRIPT LOAD).
     * @param code the script
     * @return the cached script
     */
    Script load(byte[] code) {
        String sha = RedisLib.sha1hex(code);
        Script cached = this.scripts.get(sha);
        if (cached != null) {
            return cached;
        }
        Shebang shebang = Shebang.parse(code, false);
        Prototype prototype;
        try {
            prototype = runtime().compile(shebang.body(), "user_script");
        }
        catch (LuaError ex) {
            throw new RedisError(Errors.scriptCompile(LuaRuntime.clean(ex.getMessage())));
        }
        Script script = new Script(sha, shebang, prototype);
        this.scripts.put(sha, script);
        return script;
    }

    @Nullable Script script(String sha) {
        return this.scripts.get(sha);
    }

    void flushScripts() {
        this.scripts.clear();
    }

    /**
     * Run a cached script.
     * @param caller the client
     * @param command the EVAL or FCALL command
     * @param script the script
     * @param keys KEYS
     * @param argv ARGV
     * @param readOnlyCommand whether it came through EVAL_RO or EVALSHA_RO
     * @return the reply
     */
    Reply eval(Client caller, byte[][] command, Script script, byte[][] keys, byte[][] argv, boolean readOnlyCommand) {
        boolean noWrites = script.shebang().flags().contains("no-writes");
        if (readOnlyCommand && script.shebang().present() && !noWrites) {
            return Reply.error(Errors.SCRIPT_RO_WITH_WRITE_FLAG);
        }
        if (script.shebang().present() && !noWrites && this.engine.replication().replica()) {
            return Reply.error(Errors.SCRIPT_WRITE_ON_REPLICA);
        }
        LuaRuntime lua = runtime();
        ScriptRun run = new ScriptRun(caller, command, readOnlyCommand || noWrites, true, script.sha(), table(keys),
                table(argv));
        return run(lua, run, lua.instantiate(script.prototype()), LuaValue.NONE.arg1(), LuaValue.NONE.arg1(), true);
    }

    /**
     * Run a function.
     * @param caller the client
     * @param command the EVAL or FCALL command
     * @param function the function
     * @param keys the keys
     * @param args the arguments
     * @param readOnlyCommand whether it came through FCALL_RO
     * @return the reply
     */
    Reply fcall(Client caller, byte[][] command, Function function, byte[][] keys, byte[][] args,
            boolean readOnlyCommand) {
        boolean noWrites = function.flags().contains("no-writes");
        if (readOnlyCommand && !noWrites) {
            return Reply.error(Errors.SCRIPT_RO_WITH_WRITE_FLAG);
        }
        if (!noWrites && this.engine.replication().replica()) {
            return Reply.error(Errors.SCRIPT_WRITE_ON_REPLICA);
        }
        LuaRuntime lua = runtime();
        ScriptRun run = new ScriptRun(caller, command, readOnlyCommand || noWrites, false, function.name(), table(keys),
                table(args));
        return run(lua, run, function.callback(), run.keys, run.argv, false);
    }

    private Reply run(LuaRuntime lua, ScriptRun run, LuaFunction function, LuaValue a, LuaValue b, boolean eval) {
        ScriptGate gate = this.engine.scripts();
        ScriptRun outer = lua.current;
        lua.current = run;
        lua.reset();
        gate.begin(run.caller, eval);
        try {
            LuaValue result = (eval ? function.call() : function.call(a, b));
            return LuaReplies.toReply(result, run.resp);
        }
        catch (LuaError ex) {
            return Reply.error(errorMessage(lua, run, ex));
        }
        catch (ScriptGate.Killed ex) {
            String killed = eval ? Errors.SCRIPT_KILLED : Errors.FUNCTION_KILLED;
            return Reply.error(Errors.scriptError(killed, run.name, run.source(), lua.currentLine()));
        }
        catch (StackOverflowError ex) {
            int line = lua.currentLine();
            return Reply.error(Errors.scriptError("ERR " + run.source() + ":" + line + ": stack overflow", run.name,
                    run.source(), line));
        }
        finally {
            lua.current = outer;
            gate.end();
        }
    }

    private static String errorMessage(LuaRuntime lua, ScriptRun run, LuaError error) {
        LuaValue object = error.getMessageObject();
        int line = lua.currentLine();
        String message;
        if (object != null && object.istable() && object.get("err").isstring()) {
            message = object.get("err").tojstring();
        }
        else if (object == null || object.isnil()) {
            message = "ERR nil";
        }
        else if (object.istable()) {
            message = "ERR " + LuaRuntime.clean(error.getMessage());
        }
        else {
            message = "ERR " + LuaRuntime.clean(object.tojstring());
        }
        return Errors.scriptError(message, run.name, run.source(), line);
    }

    private static LuaTable table(byte[][] items) {
        LuaTable table = new LuaTable(items.length, 0);
        for (int i = 0; i < items.length; i++) {
            table.rawset(i + 1, LuaValue.valueOf(items[i]));
        }
        return table;
    }

    /**
     * A cached script.
     *
     * @param sha its SHA1, over the full text
     * @param shebang its shebang
     * @param prototype the compiled code
     */
    record Script(String sha, Shebang shebang, Prototype prototype) {
    }

    /**
     * A function registered by a library.
     *
     * @param name the name
     * @param library the library name
     * @param callback the Lua function
     * @param flags the flags
     * @param description the description, or {@code null}
     */
    record Function(String name, String library, LuaFunction callback, Set<String> flags,
            @Nullable String description) {
    }

    /**
     * A loaded library.
     *
     * @param name the name
     * @param code the full code
     * @param functions its functions, in registration order
     */
    record Library(String name, byte[] code, Map<String, Function> functions) {
    }

}
