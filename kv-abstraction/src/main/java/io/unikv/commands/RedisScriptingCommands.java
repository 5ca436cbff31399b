package io.unikv.commands;

import java.util.List;

import io.unikv.KvServerException;
import io.unikv.transport.Reply;
import org.jspecify.annotations.Nullable;

/**
 * Synchronous commands for Lua scripting. Script results are returned as a {@link Reply}
 * because a script may return anything; Redis converts Lua values on the way out (numbers
 * are truncated to integers, {@code false} becomes nil, tables become arrays that stop at
 * the first nil).
 *
 * @author unikv authors
 * @see RedisScriptingAsyncCommands
 * @see Script
 */
public interface RedisScriptingCommands {

    /**
     * {@code EVAL}: run a script.
     * @param script the Lua source
     * @param keys the keys the script touches ({@code KEYS}), needed for cluster routing
     * @param args the other arguments ({@code ARGV}), encoded like command arguments
     * @return the script's result
     * @throws KvServerException if the script fails or calls a command that fails with
     * {@code redis.call}
     */
    Reply eval(String script, List<String> keys, List<?> args);

    /**
     * {@code EVAL_RO}: run a read-only script, which may be served by a replica.
     * @param script the Lua source
     * @param keys the keys
     * @param args the arguments
     * @return the script's result
     * @throws KvServerException if the script tries to write
     */
    Reply evalReadOnly(String script, List<String> keys, List<?> args);

    /**
     * {@code EVALSHA}: run a script the server has cached.
     * @param sha1 the script's digest
     * @param keys the keys
     * @param args the arguments
     * @return the script's result
     * @throws KvServerException {@code NOSCRIPT No matching script. Please use EVAL.} if
     * the server does not know the script
     */
    Reply evalsha(String sha1, List<String> keys, List<?> args);

    /**
     * {@code EVALSHA_RO}: run a cached read-only script.
     * @param sha1 the script's digest
     * @param keys the keys
     * @param args the arguments
     * @return the script's result
     */
    Reply evalshaReadOnly(String sha1, List<String> keys, List<?> args);

    /**
     * Run a script object: {@code EVALSHA} first, {@code EVAL} only if the server answers
     * {@code NOSCRIPT}, so the source crosses the network once per server. Scripts
     * flagged {@code no-writes} use the read-only variants.
     * @param script the script
     * @param keys the keys
     * @param args the arguments
     * @return the script's result
     */
    Reply eval(Script script, List<String> keys, List<?> args);

    /**
     * {@code SCRIPT LOAD}: cache a script on the server.
     * @param script the Lua source
     * @return its SHA1 digest, as {@link Script#sha1Hex(String)} computes it
     */
    String scriptLoad(String script);

    /**
     * {@code SCRIPT EXISTS}.
     * @param sha1s the digests
     * @return one flag per digest, in order
     */
    List<Boolean> scriptExists(String... sha1s);

    /**
     * {@code SCRIPT FLUSH}: remove every cached script.
     */
    void scriptFlush();

    /**
     * {@code FUNCTION LOAD [REPLACE]}: load a function library.
     * @param code the library source, starting with {@code #!lua name=<library>}
     * @param replace whether to replace a library of the same name
     * @return the library name
     * @throws KvServerException if the code is invalid, registers no function, the
     * library exists and {@code replace} is {@code false}, or a function name is taken by
     * another library
     */
    String functionLoad(String code, boolean replace);

    /**
     * {@code FUNCTION LIST}: every loaded library, without code.
     * @return the libraries
     */
    List<FunctionLibrary> functionList();

    /**
     * {@code FUNCTION LIST [LIBRARYNAME pattern] [WITHCODE]}.
     * @param libraryPattern a glob pattern libraries' names must match, or {@code null}
     * for all
     * @param withCode whether to include each library's source
     * @return the libraries
     */
    List<FunctionLibrary> functionList(@Nullable String libraryPattern, boolean withCode);

    /**
     * {@code FUNCTION DELETE}: unload a library and its functions.
     * @param library the library name
     * @throws KvServerException {@code ERR Library not found} if there is no such library
     */
    void functionDelete(String library);

    /**
     * {@code FUNCTION FLUSH}: unload every library.
     */
    void functionFlush();

    /**
     * {@code FCALL}: call a function.
     * @param function the function name
     * @param keys the keys it touches, needed for cluster routing
     * @param args the other arguments, encoded like command arguments
     * @return the function's result, converted as script results are
     * @throws KvServerException {@code ERR Function not found}, or if the function fails
     */
    Reply fcall(String function, List<String> keys, List<?> args);

    /**
     * {@code FCALL_RO}: call a function flagged {@code no-writes}; it may be served by a
     * replica.
     * @param function the function name
     * @param keys the keys
     * @param args the arguments
     * @return the function's result
     * @throws KvServerException if the function is not flagged {@code no-writes} or tries
     * to write
     */
    Reply fcallReadOnly(String function, List<String> keys, List<?> args);

}
