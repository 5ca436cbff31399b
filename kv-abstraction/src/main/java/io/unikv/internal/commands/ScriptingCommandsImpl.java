package io.unikv.internal.commands;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import io.unikv.KvServerException;
import io.unikv.codec.KvCodec;
import io.unikv.commands.FunctionLibrary;
import io.unikv.commands.RedisScriptingAsyncCommands;
import io.unikv.commands.Script;
import io.unikv.internal.BatchExecutor;
import io.unikv.internal.CommandExecutor;
import io.unikv.internal.Converters;
import io.unikv.internal.Futures;
import io.unikv.internal.TypedCommand;
import io.unikv.transport.Command;
import io.unikv.transport.Reply;
import org.jspecify.annotations.Nullable;

/**
 * {@link RedisScriptingAsyncCommands} over a command executor. Script objects are sent
 * with {@code EVALSHA} and re-sent with {@code EVAL} only when the server answers
 * {@code NOSCRIPT} (which means the script did not run, so nothing can apply twice). In a
 * pipeline or transaction the replies arrive only after the whole batch ran, too late to
 * retry, so there the script is sent with {@code EVAL} at once.
 *
 * @author unikv authors
 */
public final class ScriptingCommandsImpl implements RedisScriptingAsyncCommands {

    private final CommandExecutor executor;

    /**
     * Create the family.
     * @param executor where commands go
     * @param codec unused: script arguments are encoded like command arguments
     */
    public ScriptingCommandsImpl(CommandExecutor executor, KvCodec codec) {
        this.executor = executor;
    }

    @Override
    public CompletableFuture<Reply> eval(String script, List<String> keys, List<?> args) {
        return run(Command.write("EVAL", scriptArgs(script, keys, args)));
    }

    @Override
    public CompletableFuture<Reply> evalReadOnly(String script, List<String> keys, List<?> args) {
        return run(Command.read("EVAL_RO", scriptArgs(script, keys, args)));
    }

    @Override
    public CompletableFuture<Reply> evalsha(String sha1, List<String> keys, List<?> args) {
        return run(Command.write("EVALSHA", scriptArgs(sha1, keys, args)));
    }

    @Override
    public CompletableFuture<Reply> evalshaReadOnly(String sha1, List<String> keys, List<?> args) {
        return run(Command.read("EVALSHA_RO", scriptArgs(sha1, keys, args)));
    }

    @Override
    public CompletableFuture<Reply> eval(Script script, List<String> keys, List<?> args) {
        boolean readOnly = script.isReadOnly();
        if (this.executor instanceof BatchExecutor) {
            return readOnly ? evalReadOnly(script.source(), keys, args) : eval(script.source(), keys, args);
        }
        CompletableFuture<Reply> cached = readOnly ? evalshaReadOnly(script.sha1(), keys, args)
                : evalsha(script.sha1(), keys, args);
        return cached.exceptionallyCompose((failure) -> {
            RuntimeException cause = Futures.unwrap(failure);
            if (cause instanceof KvServerException server && "NOSCRIPT".equals(server.getErrorCode())) {
                return readOnly ? evalReadOnly(script.source(), keys, args) : eval(script.source(), keys, args);
            }
            return CompletableFuture.failedFuture(cause);
        });
    }

    @Override
    public CompletableFuture<String> scriptLoad(String script) {
        return this.executor.execute(new TypedCommand<>(Command.write("SCRIPT", "LOAD", script), Reply::asString));
    }

    @Override
    public CompletableFuture<List<Boolean>> scriptExists(String... sha1s) {
        Command command = Command.read("SCRIPT", ArgList.of("EXISTS").add((Object[]) sha1s).toArray());
        return this.executor.execute(new TypedCommand<>(command, Converters.list(Converters.bool())));
    }

    @Override
    public CompletableFuture<Void> scriptFlush() {
        return this.executor.execute(new TypedCommand<>(Command.write("SCRIPT", "FLUSH"), Converters.ok()));
    }

    @Override
    public CompletableFuture<String> functionLoad(String code, boolean replace) {
        Command command = replace ? Command.write("FUNCTION", "LOAD", "REPLACE", code)
                : Command.write("FUNCTION", "LOAD", code);
        return this.executor.execute(new TypedCommand<>(command, Reply::asString));
    }

    @Override
    public CompletableFuture<List<FunctionLibrary>> functionList() {
        return functionList(null, false);
    }

    @Override
    public CompletableFuture<List<FunctionLibrary>> functionList(@Nullable String libraryPattern, boolean withCode) {
        ArgList args = ArgList.of("LIST");
        if (libraryPattern != null) {
            args.add("LIBRARYNAME", libraryPattern);
        }
        if (withCode) {
            args.add("WITHCODE");
        }
        return this.executor
            .execute(new TypedCommand<>(Command.read("FUNCTION", args.toArray()), FunctionLists::libraries));
    }

    @Override
    public CompletableFuture<Void> functionDelete(String library) {
        return this.executor.execute(new TypedCommand<>(Command.write("FUNCTION", "DELETE", library), Converters.ok()));
    }

    @Override
    public CompletableFuture<Void> functionFlush() {
        return this.executor.execute(new TypedCommand<>(Command.write("FUNCTION", "FLUSH"), Converters.ok()));
    }

    @Override
    public CompletableFuture<Reply> fcall(String function, List<String> keys, List<?> args) {
        return run(Command.write("FCALL", scriptArgs(function, keys, args)));
    }

    @Override
    public CompletableFuture<Reply> fcallReadOnly(String function, List<String> keys, List<?> args) {
        return run(Command.read("FCALL_RO", scriptArgs(function, keys, args)));
    }

    private static Object[] scriptArgs(String scriptOrSha, List<String> keys, List<?> args) {
        return ArgList.of(scriptOrSha, keys.size()).addAll(keys).addAll(args).toArray();
    }

    private CompletableFuture<Reply> run(Command command) {
        return this.executor.execute(new TypedCommand<>(command, Function.identity()));
    }

}
