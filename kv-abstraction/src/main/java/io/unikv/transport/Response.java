package io.unikv.transport;

import java.util.List;

import io.unikv.SyncToken;
import org.jspecify.annotations.Nullable;

/**
 * What a {@link Transport} answered: one reply per command of the {@link Request}, in
 * order, and the sync token the server reported. Immutable.
 *
 * @param replies one reply per command; per-command failures are {@link Reply.Error}
 * values
 * @param syncToken the token for the newest write this response reflects, or {@code null}
 * if the backend reported none
 * @author unikv authors
 */
public record Response(List<Reply> replies, @Nullable SyncToken syncToken) {

    /**
     * Copy the replies.
     */
    public Response {
        replies = List.copyOf(replies);
    }

    /**
     * Return the only reply of a single-command response.
     * @return the reply
     * @throws IllegalStateException if the response holds several replies
     */
    public Reply reply() {
        if (this.replies.size() != 1) {
            throw new IllegalStateException("Response holds " + this.replies.size() + " replies");
        }
        return this.replies.get(0);
    }

}
