package io.unikv.testserver.internal.engine;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

/**
 * What a {@link CommandHandler} works with: the arguments (index 0 is the command name),
 * the client, its selected database and the engine clock, plus Redis's argument parsing
 * rules with their exact errors.
 *
 * @author unikv authors
 */
public final class CommandContext {

    private final Engine engine;

    private final Client client;

    private final byte[][] args;

    private final boolean inTransaction;

    CommandContext(Engine engine, Client client, byte[][] args, boolean inTransaction) {
        this.engine = engine;
        this.client = client;
        this.args = args;
        this.inTransaction = inTransaction;
    }

    /**
     * Return the engine.
     * @return the engine
     */
    public Engine engine() {
        return this.engine;
    }

    /**
     * Return the calling client.
     * @return the client
     */
    public Client client() {
        return this.client;
    }

    /**
     * Return the client's selected database.
     * @return the database
     */
    public Database db() {
        return this.engine.db(this.client.db());
    }

    /**
     * Return the engine time in Unix milliseconds.
     * @return the time
     */
    public long now() {
        return this.engine.now();
    }

    /**
     * Return the number of arguments, the command name included.
     * @return the count
     */
    public int argc() {
        return this.args.length;
    }

    /**
     * Return all arguments.
     * @return the arguments; callers must not modify them
     */
    public byte[][] args() {
        return this.args;
    }

    /**
     * Return an argument's bytes.
     * @param index the position
     * @return the bytes
     */
    public byte[] arg(int index) {
        return this.args[index];
    }

    /**
     * Return an argument as a key.
     * @param index the position
     * @return the key
     */
    public ByteKey key(int index) {
        return ByteKey.of(this.args[index]);
    }

    /**
     * Return an argument as UTF-8 text.
     * @param index the position
     * @return the text
     */
    public String text(int index) {
        return new String(this.args[index], StandardCharsets.UTF_8);
    }

    /**
     * Return an argument upper-cased, for matching option words.
     * @param index the position
     * @return the upper-case text
     */
    public String option(int index) {
        return text(index).toUpperCase(Locale.ROOT);
    }

    /**
     * Return whether an argument equals an option word, ignoring case.
     * @param index the position
     * @param word the upper-case word
     * @return whether it matches
     */
    public boolean is(int index, String word) {
        return index < this.args.length && text(index).equalsIgnoreCase(word);
    }

    /**
     * Return the command name as the table registered it.
     * @return the lower-case name
     */
    public String commandName() {
        return text(0).toLowerCase(Locale.ROOT);
    }

    /**
     * Parse an integer argument.
     * @param index the position
     * @return the value
     * @throws RedisError {@link Errors#NOT_INTEGER}
     */
    public long longArg(int index) {
        return parseLong(this.args[index], Errors.NOT_INTEGER);
    }

    /**
     * Parse a float argument.
     * @param index the position
     * @return the value
     * @throws RedisError {@link Errors#NOT_FLOAT}
     */
    public double doubleArg(int index) {
        return parseDouble(this.args[index], Errors.NOT_FLOAT);
    }

    /**
     * Parse a blocking timeout in seconds (fractions allowed) into milliseconds.
     * @param index the position
     * @return the timeout, 0 for forever
     * @throws RedisError for non-numbers and negative values
     */
    public long timeoutArg(int index) {
        // Redis reads a long double, multiplies by 1000 and truncates; an overflow turns
        // into
        // LLONG_MIN, which then fails as negative.
        String text = text(index);
        long millis;
        if (text.toLowerCase(Locale.ROOT).matches("[+-]?inf(inity)?")) {
            millis = Long.MIN_VALUE;
        }
        else if (text.length() > 5 * 1024 || !text.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) {
            throw new RedisError(Errors.TIMEOUT_NOT_FLOAT);
        }
        else {
            java.math.BigDecimal value = new java.math.BigDecimal(text).movePointRight(3);
            millis = (value.abs().compareTo(java.math.BigDecimal.valueOf(Long.MAX_VALUE)) > 0) ? Long.MIN_VALUE
                    : value.longValue();
        }
        if (millis < 0) {
            throw new RedisError(Errors.TIMEOUT_NEGATIVE);
        }
        return millis;
    }

    /**
     * Parse an integer.
     * @param bytes the text
     * @param error the error text to throw
     * @return the value
     */
    public static long parseLong(byte[] bytes, String error) {
        try {
            return RedisNumbers.parseLong(bytes);
        }
        catch (NumberFormatException ex) {
            throw new RedisError(error);
        }
    }

    /**
     * Parse a float.
     * @param bytes the text
     * @param error the error text to throw
     * @return the value
     */
    public static double parseDouble(byte[] bytes, String error) {
        try {
            return RedisNumbers.parseDouble(bytes);
        }
        catch (NumberFormatException ex) {
            throw new RedisError(error);
        }
    }

    /**
     * Return a syntax error to throw.
     * @return the error
     */
    public RedisError syntaxError() {
        return new RedisError(Errors.SYNTAX);
    }

    /**
     * Return whether the command runs inside EXEC (where blocking commands do not block).
     * @return whether it runs in a transaction
     */
    public boolean inTransaction() {
        return this.inTransaction;
    }

    /**
     * Block the client until one of the keys changes or the timeout passes, then run
     * {@code attempt} again. Inside a transaction the command must not block: callers
     * check {@link #inTransaction()} first and answer with the timeout reply.
     * @param keys the keys to wait on, in the client's database
     * @param timeoutMillis the timeout, 0 for forever
     * @param attempt retries the command; {@code null} while it must keep waiting
     * @param timeoutReply what to answer on timeout
     * @return {@code null}, to return from the handler
     */
    public @Nullable Reply block(List<ByteKey> keys, long timeoutMillis, Supplier<@Nullable Reply> attempt,
            Reply timeoutReply) {
        long deadline = (timeoutMillis == 0) ? 0 : now() + timeoutMillis;
        this.engine.block(this.client, new Client.Blocked(List.copyOf(keys), deadline, attempt, timeoutReply));
        return null;
    }

}
