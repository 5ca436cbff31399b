package io.unikv.testserver.internal.engine;

import java.util.EnumSet;
import java.util.Set;

/**
 * A registered command: name, arity (positive = exact, negative = at least), flags, key
 * positions (as {@code COMMAND INFO} reports them) and handler. Immutable.
 *
 * @param name the lower-case name
 * @param arity the arity, counting the command name
 * @param flags the flags
 * @param firstKey the position of the first key, 0 if none
 * @param lastKey the position of the last key, negative from the end
 * @param step the step between keys
 * @param handler the handler
 * @author unikv authors
 */
public record CommandSpec(String name, int arity, Set<Flag> flags, int firstKey, int lastKey, int step,
        CommandHandler handler) {

    /**
     * A command that takes no keys.
     * @param name the lower-case name
     * @param arity the arity
     * @param handler the handler
     * @param flags the flags
     * @return the spec
     */
    public static CommandSpec of(String name, int arity, CommandHandler handler, Flag... flags) {
        return new CommandSpec(name, arity, toSet(flags), 0, 0, 0, handler);
    }

    /**
     * A command with keys.
     * @param name the lower-case name
     * @param arity the arity
     * @param firstKey the first key position
     * @param lastKey the last key position, {@code -1} for the last argument
     * @param step the step
     * @param handler the handler
     * @param flags the flags
     * @return the spec
     */
    public static CommandSpec keys(String name, int arity, int firstKey, int lastKey, int step, CommandHandler handler,
            Flag... flags) {
        return new CommandSpec(name, arity, toSet(flags), firstKey, lastKey, step, handler);
    }

    /**
     * Return whether the command has a flag.
     * @param flag the flag
     * @return whether it has it
     */
    public boolean has(Flag flag) {
        return this.flags.contains(flag);
    }

    /**
     * Return whether an argument count satisfies the arity.
     * @param argc the count, command name included
     * @return whether it is valid
     */
    public boolean acceptsArity(int argc) {
        return (this.arity >= 0) ? argc == this.arity : argc >= -this.arity;
    }

    private static Set<Flag> toSet(Flag... flags) {
        return (flags.length == 0) ? Set.of() : Set.copyOf(EnumSet.of(flags[0], flags));
    }

    /**
     * Command flags, as Redis names them in {@code COMMAND INFO}.
     */
    public enum Flag {

        /** May modify the keyspace. */
        WRITE,

        /** Only reads. */
        READONLY,

        /** May grow memory. */
        DENYOOM,

        /** Administrative. */
        ADMIN,

        /** Pub/sub related. */
        PUBSUB,

        /** Not allowed in scripts. */
        NOSCRIPT,

        /** May block the client. */
        BLOCKING,

        /** Runs while loading. */
        LOADING,

        /** Runs on a stale replica. */
        STALE,

        /** Allowed before authentication. */
        NO_AUTH,

        /** Not allowed inside MULTI (queued commands only). */
        NO_MULTI,

        /** O(1) or O(log n). */
        FAST,

        /**
         * Not fed to MONITOR after it runs: scripts, which Redis shows before the
         * commands they run instead.
         */
        SKIP_MONITOR,

        /** Allowed in subscriber context. */
        ALLOW_BUSY

    }

}
