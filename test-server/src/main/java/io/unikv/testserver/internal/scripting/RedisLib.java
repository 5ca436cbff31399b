package io.unikv.testserver.internal.scripting;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import io.unikv.testserver.internal.engine.CommandSpec;
import io.unikv.testserver.internal.engine.Engine;
import io.unikv.testserver.internal.engine.Errors;
import io.unikv.testserver.internal.engine.RedisNumbers;
import io.unikv.testserver.internal.engine.Reply;
import io.unikv.testserver.internal.engine.User;
import org.luaj.vm2.LuaError;
import org.luaj.vm2.LuaString;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Varargs;
import org.luaj.vm2.lib.OneArgFunction;
import org.luaj.vm2.lib.TwoArgFunction;
import org.luaj.vm2.lib.VarArgFunction;
import org.luaj.vm2.lib.ZeroArgFunction;

/**
 * The {@code redis} table scripts see: {@code call}, {@code pcall}, {@code sha1hex},
 * {@code error_reply}, {@code status_reply}, {@code log}, {@code setresp} and friends,
 * and the smaller table FUNCTION LOAD code sees ({@code register_function}, {@code log}).
 * Commands run through the engine's command table as the script's client. Engine thread
 * only.
 *
 * @author unikv authors
 */
final class RedisLib {

    private static final String VERSION = "7.0.15";

    private static final int VERSION_NUM = 0x07000f;

    /** Connection commands Redis flags {@code noscript} that the table does not. */
    private static final java.util.Set<String> NOSCRIPT = java.util.Set.of("auth", "hello", "quit", "reset");

    private final Engine engine;

    private final LuaRuntime runtime;

    RedisLib(Engine engine, LuaRuntime runtime) {
        this.engine = engine;
        this.runtime = runtime;
    }

    LuaTable table() {
        LuaTable redis = new LuaTable();
        redis.rawset("call", new VarArgFunction() {
            @Override
            public Varargs invoke(Varargs args) {
                return redisCall(args, true);
            }
        });
        redis.rawset("pcall", new VarArgFunction() {
            @Override
            public Varargs invoke(Varargs args) {
                return redisCall(args, false);
            }
        });
        redis.rawset("sha1hex", new VarArgFunction() {
            @Override
            public Varargs invoke(Varargs args) {
                if (args.narg() != 1) {
                    throw new LuaError(errorTable("ERR wrong number of arguments"));
                }
                return LuaValue.valueOf(sha1hex(bytes(args.arg1().checkstring())));
            }
        });
        redis.rawset("error_reply", new VarArgFunction() {
            @Override
            public Varargs invoke(Varargs args) {
                if (args.narg() != 1 || args.arg1().type() != LuaValue.TSTRING) {
                    return errorTable("ERR wrong number or type of arguments");
                }
                String text = args.arg1().tojstring();
                LuaTable table = new LuaTable();
                table.rawset("err", text.startsWith("-") ? text.substring(1) : text);
                return table;
            }
        });
        redis.rawset("status_reply", new VarArgFunction() {
            @Override
            public Varargs invoke(Varargs args) {
                if (args.narg() != 1 || args.arg1().type() != LuaValue.TSTRING) {
                    return errorTable("ERR wrong number or type of arguments");
                }
                LuaTable table = new LuaTable();
                table.rawset("ok", args.arg1());
                return table;
            }
        });
        redis.rawset("setresp", new VarArgFunction() {
            @Override
            public Varargs invoke(Varargs args) {
                if (args.narg() != 1) {
                    throw new LuaError(errorTable("ERR redis.setresp() requires one argument."));
                }
                int resp = args.arg1().checkint();
                if (resp != 2 && resp != 3) {
                    throw new LuaError(errorTable(Errors.SCRIPT_BAD_RESP));
                }
                ScriptRun run = RedisLib.this.runtime.current;
                if (run != null) {
                    run.resp = resp;
                    run.client.protocol(resp);
                }
                return LuaValue.NONE;
            }
        });
        redis.rawset("acl_check_cmd", new VarArgFunction() {
            @Override
            public Varargs invoke(Varargs args) {
                if (args.narg() == 0) {
                    throw new LuaError(errorTable(Errors.SCRIPT_NO_ARGS));
                }
                CommandSpec spec = RedisLib.this.engine.table().lookup(args.arg1().checkjstring());
                if (spec == null) {
                    throw new LuaError(errorTable("ERR Invalid command passed to redis.acl_check_cmd()"));
                }
                ScriptRun run = RedisLib.this.runtime.current;
                boolean denied = run != null && run.client.user() == User.READ_ONLY && spec.has(CommandSpec.Flag.WRITE);
                return LuaValue.valueOf(!denied);
            }
        });
        redis.rawset("set_repl", new OneArgFunction() {
            @Override
            public LuaValue call(LuaValue arg) {
                arg.checkint();
                return LuaValue.NIL;
            }
        });
        redis.rawset("replicate_commands", new ZeroArgFunction() {
            @Override
            public LuaValue call() {
                return LuaValue.TRUE;
            }
        });
        redis.rawset("breakpoint", new ZeroArgFunction() {
            @Override
            public LuaValue call() {
                return LuaValue.FALSE;
            }
        });
        redis.rawset("debug", new VarArgFunction() {
            @Override
            public Varargs invoke(Varargs args) {
                return LuaValue.NONE;
            }
        });
        redis.rawset("REPL_NONE", 0);
        redis.rawset("REPL_AOF", 1);
        redis.rawset("REPL_SLAVE", 2);
        redis.rawset("REPL_REPLICA", 2);
        redis.rawset("REPL_ALL", 3);
        redis.rawset("REDIS_VERSION", VERSION);
        redis.rawset("REDIS_VERSION_NUM", VERSION_NUM);
        addLog(redis);
        return redis;
    }

    LuaTable loadTable() {
        LuaTable redis = new LuaTable();
        redis.rawset("register_function", new VarArgFunction() {
            @Override
            public Varargs invoke(Varargs args) {
                FunctionLoader loader = RedisLib.this.runtime.loading;
                if (loader == null) {
                    throw new LuaError("redis.register_function can only be called on FUNCTION LOAD command");
                }
                loader.register(args);
                return LuaValue.NONE;
            }
        });
        redis.rawset("REDIS_VERSION", VERSION);
        redis.rawset("REDIS_VERSION_NUM", VERSION_NUM);
        addLog(redis);
        LuaTable meta = new LuaTable();
        meta.rawset(LuaValue.INDEX, new TwoArgFunction() {
            @Override
            public LuaValue call(LuaValue table, LuaValue key) {
                throw new LuaError("Script attempted to access nonexistent global variable '" + key.tojstring() + "'");
            }
        });
        meta.rawset(LuaValue.NEWINDEX, new VarArgFunction() {
            @Override
            public Varargs invoke(Varargs args) {
                throw new LuaError("Attempt to modify a readonly table");
            }
        });
        redis.setmetatable(meta);
        return redis;
    }

    private static void addLog(LuaTable redis) {
        redis.rawset("LOG_DEBUG", 0);
        redis.rawset("LOG_VERBOSE", 1);
        redis.rawset("LOG_NOTICE", 2);
        redis.rawset("LOG_WARNING", 3);
        redis.rawset("log", new VarArgFunction() {
            @Override
            public Varargs invoke(Varargs args) {
                if (args.narg() < 2) {
                    throw new LuaError(errorTable("ERR redis.log() requires two arguments or more."));
                }
                int level = args.checkint(1);
                if (level < 0 || level > 3) {
                    throw new LuaError(errorTable(Errors.SCRIPT_BAD_LOG_LEVEL));
                }
                return LuaValue.NONE;
            }
        });
    }

    private Varargs redisCall(Varargs args, boolean raise) {
        ScriptRun run = this.runtime.current;
        if (run == null) {
            throw new LuaError(errorTable(Errors.SCRIPT_NOT_ALLOWED));
        }
        Reply reply = execute(run, args);
        if (reply instanceof Reply.Err err && raise) {
            throw new LuaError(errorTable(err.message()));
        }
        return LuaReplies.toLua(reply, run.resp);
    }

    private Reply execute(ScriptRun run, Varargs args) {
        int argc = args.narg();
        if (argc == 0) {
            return Reply.error(Errors.SCRIPT_NO_ARGS);
        }
        byte[][] command = new byte[argc][];
        for (int i = 0; i < argc; i++) {
            LuaValue arg = args.arg(i + 1);
            if (arg.type() == LuaValue.TNUMBER) {
                command[i] = number(arg.todouble()).getBytes(StandardCharsets.US_ASCII);
            }
            else if (arg.type() == LuaValue.TSTRING) {
                command[i] = bytes(arg.checkstring());
            }
            else {
                return Reply.error(Errors.SCRIPT_BAD_ARG);
            }
        }
        CommandSpec spec = this.engine.table().lookup(command[0]);
        if (spec == null) {
            return Reply.error(Errors.SCRIPT_UNKNOWN_COMMAND);
        }
        if (!spec.acceptsArity(argc)) {
            return Reply.error(Errors.SCRIPT_WRONG_ARITY);
        }
        if (spec.has(CommandSpec.Flag.NOSCRIPT) || NOSCRIPT.contains(spec.name())) {
            return Reply.error(Errors.SCRIPT_NOT_ALLOWED);
        }
        if (spec.has(CommandSpec.Flag.WRITE)) {
            if (run.readOnly) {
                return Reply.error(Errors.SCRIPT_READ_ONLY);
            }
            if (this.engine.replication().replica()) {
                return Reply.error(Errors.READONLY);
            }
            if (run.client.user() == User.READ_ONLY) {
                return Reply.error(Errors.noPermission(spec.name()));
            }
            this.engine.scripts().wrote();
        }
        // blocked clients are served after the script, as Redis does: scripts are atomic
        Reply reply = this.engine.execute(run.client, spec, command, true);
        return (reply != null) ? reply : Reply.NULL_ARRAY;
    }

    static LuaTable errorTable(String message) {
        LuaTable table = new LuaTable();
        table.rawset("err", message);
        return table;
    }

    static String number(double value) {
        if (Double.isNaN(value)) {
            // what glibc prints for 0/0
            return "-nan";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e17) {
            return Long.toString((long) value);
        }
        return RedisNumbers.formatDouble(value);
    }

    static byte[] bytes(LuaString string) {
        byte[] bytes = new byte[string.rawlen()];
        string.copyInto(0, bytes, 0, bytes.length);
        return bytes;
    }

    static String sha1hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(bytes));
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

}
