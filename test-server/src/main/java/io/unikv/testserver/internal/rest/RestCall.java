package io.unikv.testserver.internal.rest;

import java.util.List;

/**
 * A parsed REST request, ready for the engine. Immutable.
 *
 * @param mode one command, a pipeline or a transaction
 * @param commands the commands, each with its name first
 * @param resp2 whether the reply goes out as raw RESP2 ({@code Upstash-Response-Format})
 * @param encoding how strings go into JSON
 * @author unikv authors
 */
record RestCall(Mode mode, List<byte[][]> commands, boolean resp2, ResponseEncoding encoding) {

    /**
     * What a request runs.
     */
    enum Mode {

        /** {@code POST /} with a command array, or a path-style command. */
        SINGLE,

        /** {@code POST /pipeline}: in order, not atomic, one reply each. */
        PIPELINE,

        /** {@code POST /multi-exec}: atomically, as MULTI/EXEC. */
        TRANSACTION

    }

}
