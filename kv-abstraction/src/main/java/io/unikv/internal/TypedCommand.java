package io.unikv.internal;

import java.util.function.Function;

import io.unikv.transport.Command;
import io.unikv.transport.Reply;

/**
 * A command together with the conversion of its reply into the type the API returns.
 *
 * @param <T> the result type
 * @param command the command
 * @param converter turns the reply into the result; error replies throw before it runs
 * @author unikv authors
 */
public record TypedCommand<T>(Command command, Function<Reply, T> converter) {

    /**
     * Convert a reply, throwing {@link io.unikv.KvServerException} for error replies.
     * @param reply the reply
     * @return the result
     */
    public T convert(Reply reply) {
        return this.converter.apply(reply.throwIfError());
    }

}
