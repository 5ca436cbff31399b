package io.unikv.transport;

import java.util.List;
import java.util.Objects;

import io.unikv.Consistency;
import io.unikv.SyncToken;
import org.jspecify.annotations.Nullable;

/**
 * What a {@link Transport} is asked to do: one command, a pipeline, or a MULTI/EXEC
 * transaction, plus the sync token the reads must honour. Immutable.
 *
 * @param mode how the commands are sent
 * @param commands the commands, never empty; exactly one for {@link Mode#SINGLE}
 * @param syncToken the newest write the reads must see, or {@code null} for no constraint
 * @param consistency what the reads promise: a regional transport sends
 * {@link Consistency#STRONG} reads to the primary
 * @author unikv authors
 */
public record Request(Mode mode, List<Command> commands, @Nullable SyncToken syncToken, Consistency consistency) {

    /**
     * Validate and copy the commands.
     * @throws IllegalArgumentException if there are no commands, or several for
     * {@link Mode#SINGLE}
     */
    public Request {
        commands = List.copyOf(commands);
        Objects.requireNonNull(consistency, "consistency");
        if (commands.isEmpty()) {
            throw new IllegalArgumentException("A request needs at least one command");
        }
        if (mode == Mode.SINGLE && commands.size() != 1) {
            throw new IllegalArgumentException("A single request carries exactly one command");
        }
    }

    /**
     * A request with the default consistency, {@link Consistency#READ_YOUR_WRITES}.
     * @param mode how the commands are sent
     * @param commands the commands
     * @param syncToken the newest write the reads must see, or {@code null}
     */
    public Request(Mode mode, List<Command> commands, @Nullable SyncToken syncToken) {
        this(mode, commands, syncToken, Consistency.READ_YOUR_WRITES);
    }

    /**
     * A request for one command.
     * @param command the command
     * @return the request
     */
    public static Request single(Command command) {
        return new Request(Mode.SINGLE, List.of(command), null);
    }

    /**
     * A pipeline: commands sent together, executed in order but not atomically.
     * @param commands the commands
     * @return the request
     */
    public static Request pipeline(List<Command> commands) {
        return new Request(Mode.PIPELINE, commands, null);
    }

    /**
     * A transaction: commands executed atomically between MULTI and EXEC.
     * @param commands the commands
     * @return the request
     */
    public static Request transaction(List<Command> commands) {
        return new Request(Mode.TRANSACTION, commands, null);
    }

    /**
     * Return a copy of this request carrying a sync token.
     * @param token the token, or {@code null} for none
     * @return the new request
     */
    public Request withSyncToken(@Nullable SyncToken token) {
        return new Request(this.mode, this.commands, token, this.consistency);
    }

    /**
     * Return this request with another consistency.
     * @param consistency the consistency
     * @return a new request
     */
    public Request withConsistency(Consistency consistency) {
        return new Request(this.mode, this.commands, this.syncToken, consistency);
    }

    /**
     * Return whether every command only reads, so a replica may serve the request.
     * @return {@code true} if no command may write
     */
    public boolean isReadOnly() {
        return this.commands.stream().allMatch((command) -> command.kind() == CommandKind.READ);
    }

    /**
     * How a request's commands are sent.
     */
    public enum Mode {

        /** One command. */
        SINGLE,

        /** Several commands in one round trip, not atomic. */
        PIPELINE,

        /** Several commands executed atomically (MULTI/EXEC). */
        TRANSACTION

    }

}
