package io.unikv.commands;

import java.util.List;

import io.unikv.KvServerException;
import io.unikv.transport.Reply;

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

}
