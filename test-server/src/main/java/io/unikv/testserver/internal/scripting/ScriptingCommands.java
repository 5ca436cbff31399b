package io.unikv.testserver.internal.scripting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import io.unikv.testserver.internal.engine.CommandContext;
import io.unikv.testserver.internal.engine.CommandSpec;
import io.unikv.testserver.internal.engine.CommandTable;
import io.unikv.testserver.internal.engine.Errors;
import io.unikv.testserver.internal.engine.RedisError;
import io.unikv.testserver.internal.engine.Reply;
import io.unikv.testserver.internal.engine.ScriptGate;

import static io.unikv.testserver.internal.engine.CommandSpec.Flag.SKIP_MONITOR;
import static io.unikv.testserver.internal.engine.CommandSpec.Flag.NOSCRIPT;
import static io.unikv.testserver.internal.engine.CommandSpec.Flag.STALE;

/**
 * The scripting family: EVAL, EVALSHA, EVAL_RO, EVALSHA_RO, SCRIPT, FUNCTION, FCALL and
 * FCALL_RO, on a real Lua interpreter (LuaJ). Scripts run atomically on the engine
 * thread.
 * <p>
 * Known differences from Redis 7.0, all from LuaJ: a number concatenated with {@code ..}
 * prints with Java's float rules ({@code tostring} and {@code string.format} follow C's);
 * some syntax errors are worded differently (unexpected tokens other than single
 * characters and the end of input); {@code pairs} walks tables in LuaJ's order; there is
 * no {@code coroutine}, {@code struct} or {@code cmsgpack}; and FUNCTION DUMP writes
 * library code uncompressed (Redis LZF-compresses it when that saves space; both restore
 * either payload).
 *
 * @author unikv authors
 */
public final class ScriptingCommands {

    private ScriptingCommands() {
    }

    /**
     * Register the family.
     * @param table the command table
     */
    public static void register(CommandTable table) {
        table.register(CommandSpec.of("eval", -3, (ctx) -> eval(ctx, false, false), NOSCRIPT, STALE, SKIP_MONITOR),
                CommandSpec.of("evalsha", -3, (ctx) -> eval(ctx, true, false), NOSCRIPT, STALE, SKIP_MONITOR),
                CommandSpec.of("eval_ro", -3, (ctx) -> eval(ctx, false, true), NOSCRIPT, STALE, SKIP_MONITOR),
                CommandSpec.of("evalsha_ro", -3, (ctx) -> eval(ctx, true, true), NOSCRIPT, STALE, SKIP_MONITOR),
                CommandSpec.of("fcall", -3, (ctx) -> fcall(ctx, false), NOSCRIPT, STALE, SKIP_MONITOR),
                CommandSpec.of("fcall_ro", -3, (ctx) -> fcall(ctx, true), NOSCRIPT, STALE, SKIP_MONITOR),
                CommandSpec.of("script", -2, ScriptingCommands::script, NOSCRIPT),
                CommandSpec.of("function", -2, FunctionCommands::function, NOSCRIPT));
    }

    /**
     * Return whether a scripting command may write or changes what scripts exist, so that
     * a read region's REST endpoint sends it to the primary: EVAL, EVALSHA, FCALL, SCRIPT
     * LOAD/FLUSH and FUNCTION LOAD/DELETE/FLUSH/RESTORE (the {@code _RO} variants run
     * locally).
     * @param args the command
     * @return whether it belongs on the primary
     */
    public static boolean mayWrite(byte[][] args) {
        String name = new String(args[0], java.nio.charset.StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
        String sub = (args.length > 1)
                ? new String(args[1], java.nio.charset.StandardCharsets.UTF_8).toUpperCase(Locale.ROOT) : "";
        return switch (name) {
            case "eval", "evalsha", "fcall" -> true;
            case "script" -> sub.equals("LOAD") || sub.equals("FLUSH");
            case "function" ->
                sub.equals("LOAD") || sub.equals("DELETE") || sub.equals("FLUSH") || sub.equals("RESTORE");
            default -> false;
        };
    }

    private static Reply eval(CommandContext ctx, boolean bySha, boolean readOnly) {
        Scripting scripting = Scripting.of(ctx.engine());
        long numkeys = CommandContext.parseLong(ctx.arg(2), Errors.NOT_INTEGER);
        checkNumkeys(ctx, numkeys);
        Scripting.Script script;
        if (bySha) {
            script = scripting.script(ctx.text(1).toLowerCase(Locale.ROOT));
            if (script == null) {
                return Reply.error(Errors.NOSCRIPT);
            }
        }
        else {
            script = scripting.load(ctx.arg(1));
        }
        byte[][] args = ctx.args();
        byte[][] keys = Arrays.copyOfRange(args, 3, 3 + (int) numkeys);
        byte[][] argv = Arrays.copyOfRange(args, 3 + (int) numkeys, args.length);
        return scripting.eval(ctx.client(), ctx.args(), script, keys, argv, readOnly);
    }

    private static Reply fcall(CommandContext ctx, boolean readOnly) {
        Scripting scripting = Scripting.of(ctx.engine());
        long numkeys = CommandContext.parseLong(ctx.arg(2), "ERR Bad number of keys provided");
        checkNumkeys(ctx, numkeys);
        Scripting.Function function = scripting.functions.get(ctx.text(1).toLowerCase(Locale.ROOT));
        if (function == null) {
            return Reply.error(Errors.FUNCTION_NOT_FOUND);
        }
        byte[][] args = ctx.args();
        byte[][] keys = Arrays.copyOfRange(args, 3, 3 + (int) numkeys);
        byte[][] argv = Arrays.copyOfRange(args, 3 + (int) numkeys, args.length);
        return scripting.fcall(ctx.client(), ctx.args(), function, keys, argv, readOnly);
    }

    private static void checkNumkeys(CommandContext ctx, long numkeys) {
        if (numkeys < 0) {
            throw new RedisError(Errors.NUMKEYS_NEGATIVE);
        }
        if (numkeys > ctx.argc() - 3) {
            throw new RedisError(Errors.NUMKEYS_TOO_MANY);
        }
    }

    private static Reply script(CommandContext ctx) {
        String sub = ctx.option(1);
        Scripting scripting = Scripting.of(ctx.engine());
        switch (sub) {
            case "LOAD" -> {
                subArity(ctx, "script|load", ctx.argc() == 3);
                return Reply.bulk(scripting.load(ctx.arg(2)).sha());
            }
            case "EXISTS" -> {
                subArity(ctx, "script|exists", ctx.argc() >= 3);
                List<Reply> result = new ArrayList<>();
                for (int i = 2; i < ctx.argc(); i++) {
                    boolean known = scripting.script(ctx.text(i).toLowerCase(Locale.ROOT)) != null;
                    result.add(known ? Reply.ONE : Reply.ZERO);
                }
                return Reply.array(result);
            }
            case "FLUSH" -> {
                subArity(ctx, "script|flush", ctx.argc() <= 3);
                if (ctx.argc() == 3 && !ctx.is(2, "ASYNC") && !ctx.is(2, "SYNC")) {
                    return Reply.error("ERR SCRIPT FLUSH only support SYNC|ASYNC option");
                }
                scripting.flushScripts();
                return Reply.OK;
            }
            case "KILL" -> {
                subArity(ctx, "script|kill", ctx.argc() == 2);
                return kill(ctx.engine().scripts(), true);
            }
            case "HELP" -> {
                subArity(ctx, "script|help", ctx.argc() == 2);
                return ScriptingHelp.script();
            }
            default -> throw new RedisError(Errors.unknownSubcommand("script", ctx.text(1)));
        }
    }

    static Reply kill(ScriptGate gate, boolean eval) {
        if (!gate.running()) {
            return Reply.error(Errors.NOTBUSY);
        }
        if (gate.hasWritten()) {
            return Reply.error(Errors.UNKILLABLE);
        }
        if (eval && !gate.eval()) {
            return Reply.error(Errors.KILL_FUNCTION_WITH_SCRIPT_KILL);
        }
        if (!eval && gate.eval()) {
            return Reply.error(Errors.KILL_SCRIPT_WITH_FUNCTION_KILL);
        }
        gate.requestKill();
        return Reply.OK;
    }

    static void subArity(CommandContext ctx, String name, boolean ok) {
        if (!ok) {
            throw new RedisError(Errors.arity(name));
        }
    }

}
