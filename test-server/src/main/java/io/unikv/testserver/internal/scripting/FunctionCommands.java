package io.unikv.testserver.internal.scripting;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import io.unikv.testserver.internal.engine.CommandContext;
import io.unikv.testserver.internal.engine.Errors;
import io.unikv.testserver.internal.engine.Glob;
import io.unikv.testserver.internal.engine.RedisError;
import io.unikv.testserver.internal.engine.Reply;
import org.jspecify.annotations.Nullable;

/**
 * FUNCTION and its subcommands: LOAD, LIST, DELETE, FLUSH, KILL, STATS. Stateless.
 *
 * @author unikv authors
 */
final class FunctionCommands {

    private FunctionCommands() {
    }

    static Reply function(CommandContext ctx) {
        Scripting scripting = Scripting.of(ctx.engine());
        switch (ctx.option(1)) {
            case "LOAD" -> {
                ScriptingCommands.subArity(ctx, "function|load", ctx.argc() >= 3);
                boolean replace = false;
                for (int i = 2; i < ctx.argc() - 1; i++) {
                    if (ctx.is(i, "REPLACE")) {
                        replace = true;
                    }
                    else {
                        return Reply.error("ERR Unknown option given: " + ctx.text(i));
                    }
                }
                return Reply.bulk(FunctionLoader.load(scripting, ctx.arg(ctx.argc() - 1), replace));
            }
            case "LIST" -> {
                return list(ctx, scripting);
            }
            case "DELETE" -> {
                ScriptingCommands.subArity(ctx, "function|delete", ctx.argc() == 3);
                return FunctionLoader.delete(scripting, ctx.text(2)) ? Reply.OK : Reply.error(Errors.LIBRARY_NOT_FOUND);
            }
            case "FLUSH" -> {
                ScriptingCommands.subArity(ctx, "function|flush", ctx.argc() <= 3);
                if (ctx.argc() == 3 && !ctx.is(2, "ASYNC") && !ctx.is(2, "SYNC")) {
                    return Reply.error("ERR FUNCTION FLUSH only supports SYNC|ASYNC option");
                }
                scripting.libraries.clear();
                scripting.functions.clear();
                return Reply.OK;
            }
            case "KILL" -> {
                ScriptingCommands.subArity(ctx, "function|kill", ctx.argc() == 2);
                return ScriptingCommands.kill(ctx.engine().scripts(), false);
            }
            case "STATS" -> {
                ScriptingCommands.subArity(ctx, "function|stats", ctx.argc() == 2);
                Reply engine = new Reply.MapReply(
                        List.of(Reply.bulk("libraries_count"), Reply.integer(scripting.libraries.size()),
                                Reply.bulk("functions_count"), Reply.integer(scripting.functions.size())));
                ScriptRun run = scripting.running();
                if (run != null && run.eval) {
                    return Reply.error(Errors.BUSY_SCRIPT);
                }
                Reply running = Reply.NULL;
                if (run != null) {
                    List<Reply> command = new ArrayList<>();
                    for (byte[] arg : run.command) {
                        command.add(Reply.bulk(arg));
                    }
                    running = new Reply.MapReply(List.of(Reply.bulk("name"), Reply.bulk(run.name),
                            Reply.bulk("command"), Reply.array(command), Reply.bulk("duration_ms"),
                            Reply.integer(System.currentTimeMillis() - run.startMillis)));
                }
                return new Reply.MapReply(List.of(Reply.bulk("running_script"), running, Reply.bulk("engines"),
                        new Reply.MapReply(List.of(Reply.bulk("LUA"), engine))));
            }
            case "DUMP" -> {
                ScriptingCommands.subArity(ctx, "function|dump", ctx.argc() == 2);
                return Reply.bulk(FunctionDump.dump(scripting));
            }
            case "RESTORE" -> {
                ScriptingCommands.subArity(ctx, "function|restore", ctx.argc() >= 3);
                if (ctx.argc() > 4) {
                    return Reply.error("ERR unknown subcommand or wrong number of arguments for 'RESTORE'. "
                            + "Try FUNCTION HELP.");
                }
                String policy = (ctx.argc() == 4) ? ctx.option(3) : "APPEND";
                if (!policy.equals("FLUSH") && !policy.equals("APPEND") && !policy.equals("REPLACE")) {
                    return Reply
                        .error("ERR Wrong restore policy given, value should be either FLUSH, APPEND or " + "REPLACE.");
                }
                FunctionDump.restore(scripting, ctx.arg(2), policy);
                return Reply.OK;
            }
            case "HELP" -> {
                ScriptingCommands.subArity(ctx, "function|help", ctx.argc() == 2);
                return ScriptingHelp.function();
            }
            default -> throw new RedisError(Errors.unknownSubcommand("function", ctx.text(1)));
        }
    }

    private static Reply list(CommandContext ctx, Scripting scripting) {
        boolean withCode = false;
        byte @Nullable [] pattern = null;
        for (int i = 2; i < ctx.argc(); i++) {
            if (ctx.is(i, "WITHCODE") && !withCode) {
                withCode = true;
            }
            else if (ctx.is(i, "LIBRARYNAME") && pattern == null) {
                if (i + 1 >= ctx.argc()) {
                    return Reply.error("ERR library name argument was not given");
                }
                pattern = ctx.arg(++i);
            }
            else {
                return Reply.error("ERR Unknown argument " + ctx.text(i));
            }
        }
        List<Reply> result = new ArrayList<>();
        for (Scripting.Library library : scripting.libraries.values()) {
            if (pattern != null && !Glob.matches(pattern, library.name().getBytes(StandardCharsets.UTF_8), false)) {
                continue;
            }
            List<Reply> functions = new ArrayList<>();
            for (Scripting.Function function : library.functions().values()) {
                List<Reply> flags = new ArrayList<>();
                function.flags().forEach((flag) -> flags.add(new Reply.Simple(flag)));
                String description = function.description();
                functions.add(new Reply.MapReply(List.of(Reply.bulk("name"), Reply.bulk(function.name()),
                        Reply.bulk("description"), (description != null) ? Reply.bulk(description) : Reply.NULL,
                        Reply.bulk("flags"), new Reply.SetReply(flags))));
            }
            List<Reply> entry = new ArrayList<>(List.of(Reply.bulk("library_name"), Reply.bulk(library.name()),
                    Reply.bulk("engine"), Reply.bulk("LUA"), Reply.bulk("functions"), Reply.array(functions)));
            if (withCode) {
                entry.add(Reply.bulk("library_code"));
                entry.add(Reply.bulk(library.code()));
            }
            result.add(new Reply.MapReply(entry));
        }
        return Reply.array(result);
    }

}
