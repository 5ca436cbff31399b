package io.unikv.testserver.internal.scripting;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

import io.unikv.testserver.internal.engine.Engine;
import org.jspecify.annotations.Nullable;
import org.luaj.vm2.Globals;
import org.luaj.vm2.LoadState;
import org.luaj.vm2.LuaClosure;
import org.luaj.vm2.LuaError;
import org.luaj.vm2.LuaString;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Prototype;
import org.luaj.vm2.Varargs;
import org.luaj.vm2.compiler.LuaC;
import org.luaj.vm2.lib.PackageLib;
import org.luaj.vm2.lib.StringLib;
import org.luaj.vm2.lib.TableLib;
import org.luaj.vm2.lib.TwoArgFunction;
import org.luaj.vm2.lib.VarArgFunction;
import org.luaj.vm2.lib.jse.JseBaseLib;
import org.luaj.vm2.lib.jse.JseMathLib;

/**
 * The Lua interpreter of one engine, sandboxed as Redis does it: base, table, string and
 * math libraries plus {@code cjson}, {@code bit} and {@code redis}; no {@code os},
 * {@code io}, {@code loadfile}, {@code dofile}, {@code require} or {@code debug};
 * {@code unpack} as in Lua 5.1. Scripts see the globals through a read-only proxy, so
 * reading an undefined global or assigning one fails with Redis 7's errors. Engine thread
 * only.
 *
 * @author unikv authors
 */
final class LuaRuntime {

    private final Globals globals = new Globals();

    private final LuaTable loadGlobals = new LuaTable();

    /** A Globals (not a plain table) so that LuaJ's closures run the debug hook. */
    private final Globals env = new Globals();

    private final InterruptHook hook;

    private final RedisLib redis;

    private final Set<LuaValue> readOnly = Collections.newSetFromMap(new IdentityHashMap<>());

    @Nullable ScriptRun current;

    @Nullable FunctionLoader loading;

    LuaRuntime(Engine engine) {
        Globals g = this.globals;
        g.load(new JseBaseLib());
        g.load(new PackageLib());
        g.load(new TableLib());
        g.load(new StringLib());
        g.load(new JseMathLib());
        this.hook = new InterruptHook(() -> engine.scripts().checkpoint(busyThreshold(engine)));
        g.load(this.hook);
        LoadState.install(g);
        LuaC.install(g);
        for (String name : new String[] { "dofile", "loadfile", "require", "package", "debug", "print",
                "collectgarbage", "module" }) {
            g.rawset(name, LuaValue.NIL);
        }
        g.rawset("unpack", g.get("table").get("unpack"));
        // Lua 5.1 names Redis scripts still use
        LuaTable table = (LuaTable) g.get("table");
        table.rawset("getn", new org.luaj.vm2.lib.OneArgFunction() {
            @Override
            public LuaValue call(LuaValue arg) {
                return LuaValue.valueOf(arg.checktable().length());
            }
        });
        table.rawset("maxn", new org.luaj.vm2.lib.OneArgFunction() {
            @Override
            public LuaValue call(LuaValue arg) {
                double max = 0;
                LuaTable t = arg.checktable();
                for (LuaValue key = t.next(LuaValue.NIL).arg1(); !key.isnil(); key = t.next(key).arg1()) {
                    if (key.type() == LuaValue.TNUMBER) {
                        max = Math.max(max, key.todouble());
                    }
                }
                return LuaValue.valueOf(max);
            }
        });
        LuaTable math = (LuaTable) g.get("math");
        math.rawset("mod", math.get("fmod"));
        LuaTable string = (LuaTable) g.get("string");
        string.rawset("gfind", string.get("gmatch"));
        string.rawset("format", LuaFormat.format());
        g.rawset("tostring", LuaFormat.tostring(g.get("tostring")));
        g.rawset("gcinfo", new org.luaj.vm2.lib.ZeroArgFunction() {
            @Override
            public LuaValue call() {
                return LuaValue.ZERO;
            }
        });
        g.rawset("loadstring", g.get("load"));
        g.rawset("cjson", CjsonLib.create());
        g.rawset("bit", BitLib.create());
        this.redis = new RedisLib(engine, this);
        g.rawset("redis", this.redis.table());
        VarArgFunction pcall = protectedCall(g.get("pcall"));
        g.rawset("pcall", pcall);
        LuaValue error = g.get("error");
        g.rawset("error", new VarArgFunction() {
            @Override
            public Varargs invoke(Varargs args) {
                if (args.arg1().isnil()) {
                    throw new LuaError(LuaValue.NIL);
                }
                if (args.arg1().isstring() && args.narg() >= 2 && args.arg(2).checkint() == 0) {
                    throw new LuaError(args.arg1());
                }
                return error.invoke(args);
            }
        });
        // library tables are read-only, as in Redis 7: no script can change what the next
        // one sees
        for (String name : new String[] { "string", "table", "math", "cjson", "bit", "redis" }) {
            g.rawset(name, protect((LuaTable) g.rawget(name)));
        }
        LuaTable stringMeta = new LuaTable();
        stringMeta.rawset(LuaValue.INDEX, g.rawget("string"));
        LuaString.s_metatable = stringMeta;
        LuaValue rawset = g.rawget("rawset");
        g.rawset("rawset", new VarArgFunction() {
            @Override
            public Varargs invoke(Varargs args) {
                refuseReadOnly(args.arg1());
                return rawset.invoke(args);
            }
        });
        LuaValue setmetatable = g.rawget("setmetatable");
        g.rawset("setmetatable", new VarArgFunction() {
            @Override
            public Varargs invoke(Varargs args) {
                refuseReadOnly(args.arg1());
                return setmetatable.invoke(args);
            }
        });
        g.rawset("_G", this.env);
        this.readOnly.add(this.env);
        for (LuaValue key = g.next(LuaValue.NIL).arg1(); !key.isnil(); key = g.next(key).arg1()) {
            this.loadGlobals.rawset(key, g.rawget(key));
        }
        this.loadGlobals.rawset("redis", this.redis.loadTable());
        LuaTable meta = new LuaTable();
        meta.rawset(LuaValue.INDEX, new TwoArgFunction() {
            @Override
            public LuaValue call(LuaValue table, LuaValue key) {
                return global(key);
            }
        });
        meta.rawset(LuaValue.NEWINDEX, new VarArgFunction() {
            @Override
            public Varargs invoke(Varargs args) {
                throw new LuaError("Attempt to modify a readonly table");
            }
        });
        this.env.setmetatable(meta);
        this.env.debuglib = this.hook;
    }

    private LuaTable protect(LuaTable table) {
        LuaTable proxy = new LuaTable();
        LuaTable meta = new LuaTable();
        meta.rawset(LuaValue.INDEX, table);
        meta.rawset(LuaValue.NEWINDEX, new VarArgFunction() {
            @Override
            public Varargs invoke(Varargs args) {
                throw new LuaError("Attempt to modify a readonly table");
            }
        });
        proxy.setmetatable(meta);
        this.readOnly.add(proxy);
        return proxy;
    }

    private void refuseReadOnly(LuaValue table) {
        if (this.readOnly.contains(table)) {
            // raised from C in Redis, so without a script position
            throw new LuaError(LuaValue.valueOf("Attempt to modify a readonly table"));
        }
    }

    private LuaValue global(LuaValue key) {
        LuaValue value = ((this.loading != null) ? this.loadGlobals : this.globals).rawget(key);
        ScriptRun run = this.current;
        if (value.isnil() && run != null && run.eval && this.loading == null) {
            if (key.raweq(LuaValue.valueOf("KEYS"))) {
                return run.keys;
            }
            if (key.raweq(LuaValue.valueOf("ARGV"))) {
                return run.argv;
            }
        }
        if (value.isnil()) {
            throw new LuaError("Script attempted to access nonexistent global variable '" + key.tojstring() + "'");
        }
        return value;
    }

    /**
     * Compile a chunk.
     * @param code the source
     * @param chunk the chunk name ({@code user_script} or {@code user_function})
     * @return the compiled prototype
     * @throws LuaError with the compiler's message
     */
    Prototype compile(byte[] code, String chunk) {
        try {
            return this.globals.compilePrototype(new ByteArrayInputStream(code), "@" + chunk);
        }
        catch (IOException ex) {
            throw new LuaError(ex.getMessage());
        }
    }

    /**
     * Make a function of a compiled chunk over the sandboxed globals.
     * @param prototype the chunk
     * @return the function
     */
    LuaClosure instantiate(Prototype prototype) {
        return new LuaClosure(prototype, this.env);
    }

    int currentLine() {
        return this.hook.currentLine();
    }

    void reset() {
        this.hook.reset();
    }

    /**
     * Turn LuaJ's message into Lua 5.1's: {@code user_script:1: text}, no traceback.
     * @param message LuaJ's message
     * @return the message
     */
    static String clean(@Nullable String message) {
        if (message == null) {
            return "nil";
        }
        String text = message;
        int traceback = text.indexOf("\nstack traceback:");
        if (traceback >= 0) {
            text = text.substring(0, traceback);
        }
        if (text.startsWith("@")) {
            text = text.substring(1);
        }
        text = text.replaceFirst("^(user_(?:script|function):\\d+) ", "$1: ");
        // LuaJ names the end of input by its token number
        text = text.replaceFirst("unexpected symbol 286 \\(.\\)$", "unexpected symbol near '<eof>'");
        return text.replaceFirst("unexpected symbol (?:\\d{1,2}|1\\d\\d|2[0-4]\\d|25[0-5]) \\((.)\\)$",
                "unexpected symbol near '$1'");
    }

    private static VarArgFunction protectedCall(LuaValue pcall) {
        return new VarArgFunction() {
            @Override
            public Varargs invoke(Varargs args) {
                Varargs result = pcall.invoke(args);
                if (!result.arg1().toboolean()) {
                    LuaValue error = result.arg(2);
                    if (error.istable() && error.get("err").isstring()) {
                        return LuaValue.varargsOf(LuaValue.FALSE, error.get("err"));
                    }
                    if (error.isstring()) {
                        return LuaValue.varargsOf(LuaValue.FALSE, LuaValue.valueOf(clean(error.tojstring())));
                    }
                }
                return result;
            }
        };
    }

    private static long busyThreshold(Engine engine) {
        String busy = engine.config().get("busy-reply-threshold");
        String lua = engine.config().get("lua-time-limit");
        String value = (busy != null && !busy.equals("5000")) ? busy : (lua != null) ? lua : "5000";
        try {
            return Long.parseLong(value);
        }
        catch (NumberFormatException ex) {
            return 5000;
        }
    }

}
