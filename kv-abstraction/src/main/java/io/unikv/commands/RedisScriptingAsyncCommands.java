package io.unikv.commands;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import io.unikv.transport.Reply;
import org.jspecify.annotations.Nullable;

/**
 * Asynchronous commands for Lua scripting. Script results are returned as a {@link Reply}
 * because a script may return anything; Redis converts Lua values on the way out (numbers
 * are truncated to integers, {@code false} becomes nil, tables become arrays that stop at
 * the first nil).
 *
 * <p>
 * Every method returns at once; the future completes with the reply, or fails with the
 * exception the synchronous variant documents.
 *
 * @author unikv authors
 * @see RedisScriptingCommands
 * @see Script
 */
public interface RedisScriptingAsyncCommands {

    /**
     * {@code EVAL}: run a script.
     * @param script the Lua source
     * @param keys the keys the script touches ({@code KEYS}), needed for cluster routing
     * @param args the other arguments ({@code ARGV}), encoded like command arguments
     * @return a future completing with the script's result
     */
    CompletableFuture<Reply> eval(String script, List<String> keys, List<?> args);

    /**
     * {@code EVAL_RO}: run a read-only script, which may be served by a replica.
     * @param script the Lua source
     * @param keys the keys
     * @param args the arguments
     * @return a future completing with the script's result
     */
    CompletableFuture<Reply> evalReadOnly(String script, List<String> keys, List<?> args);

    /**
     * {@code EVALSHA}: run a script the server has cached.
     * @param sha1 the script's digest
     * @param keys the keys
     * @param args the arguments
     * @return a future completing with the script's result
     */
    CompletableFuture<Reply> evalsha(String sha1, List<String> keys, List<?> args);

    /**
     * {@code EVALSHA_RO}: run a cached read-only script.
     * @param sha1 the script's digest
     * @param keys the keys
     * @param args the arguments
     * @return a future completing with the script's result
     */
    CompletableFuture<Reply> evalshaReadOnly(String sha1, List<String> keys, List<?> args);

    /**
     * Run a script object: {@code EVALSHA} first, {@code EVAL} only if the server answers
     * {@code NOSCRIPT}, so the source crosses the network once per server. Scripts
     * flagged {@code no-writes} use the read-only variants.
     * @param script the script
     * @param keys the keys
     * @param args the arguments
     * @return a future completing with the script's result
     */
    CompletableFuture<Reply> eval(Script script, List<String> keys, List<?> args);

    /**
     * {@code SCRIPT LOAD}: cache a script on the server.
     * @param script the Lua source
     * @return a future completing with its SHA1 digest, as {@link Script#sha1Hex(String)}
     * computes it
     */
    CompletableFuture<String> scriptLoad(String script);

    /**
     * {@code SCRIPT EXISTS}.
     * @param sha1s the digests
     * @return a future completing with one flag per digest, in order
     */
    CompletableFuture<List<Boolean>> scriptExists(String... sha1s);

    /**
     * {@code SCRIPT FLUSH}: remove every cached script.
     * @return a future that completes when the command is done
     */
    CompletableFuture<Void> scriptFlush();

    /**
     * {@code FUNCTION LOAD [REPLACE]}: load a function library.
     * @param code the library source, starting with {@code #!lua name=<library>}
     * @param replace whether to replace a library of the same name
     * @return a future completing with the library name
     */
    CompletableFuture<String> functionLoad(String code, boolean replace);

    /**
     * {@code FUNCTION LIST}: every loaded library, without code.
     * @return a future completing with the libraries
     */
    CompletableFuture<List<FunctionLibrary>> functionList();

    /**
     * {@code FUNCTION LIST [LIBRARYNAME pattern] [WITHCODE]}.
     * @param libraryPattern a glob pattern libraries' names must match, or {@code null}
     * for all
     * @param withCode whether to include each library's source
     * @return a future completing with the libraries
     */
    CompletableFuture<List<FunctionLibrary>> functionList(@Nullable String libraryPattern, boolean withCode);

    /**
     * {@code FUNCTION DELETE}: unload a library and its functions.
     * @param library the library name
     * @return a future that completes when the command is done
     */
    CompletableFuture<Void> functionDelete(String library);

    /**
     * {@code FUNCTION FLUSH}: unload every library.
     * @return a future that completes when the command is done
     */
    CompletableFuture<Void> functionFlush();

    /**
     * {@code FCALL}: call a function.
     * @param function the function name
     * @param keys the keys it touches, needed for cluster routing
     * @param args the other arguments, encoded like command arguments
     * @return a future completing with the function's result, converted as script results
     * are
     */
    CompletableFuture<Reply> fcall(String function, List<String> keys, List<?> args);

    /**
     * {@code FCALL_RO}: call a function flagged {@code no-writes}; it may be served by a
     * replica.
     * @param function the function name
     * @param keys the keys
     * @param args the arguments
     * @return a future completing with the function's result
     */
    CompletableFuture<Reply> fcallReadOnly(String function, List<String> keys, List<?> args);

}
