package io.unikv.transport;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One Redis command as the transports see it: a name and its arguments as bytes, plus its
 * {@link CommandKind}. Immutable and thread-safe; the argument arrays are copied in and
 * are never handed out for modification.
 * <p>
 * Arguments given as objects are converted the way Redis clients do: {@code byte[]} as
 * is, {@link CharSequence} as UTF-8, integral numbers in decimal,
 * {@code double}/{@code float} in Redis's shortest form ({@code 1.5}, {@code 3},
 * {@code inf}, {@code -inf}) and booleans as {@code true}/{@code false}.
 *
 * @author unikv authors
 */
public final class Command {

    private static final Set<String> BLOCKING = Set.of("BLPOP", "BRPOP", "BLMOVE", "BRPOPLPUSH", "BZPOPMIN", "BZPOPMAX",
            "BLMPOP", "BZMPOP");

    private final String name;

    private final List<byte[]> args;

    private final CommandKind kind;

    private Command(String name, List<byte[]> args, CommandKind kind) {
        this.name = name;
        this.args = args;
        this.kind = kind;
    }

    /**
     * Create a command that may write. Use this for anything not known to be read-only:
     * it is sent to the primary and never retried.
     * @param name the command name, for example {@code "SET"} or {@code "CLIENT"} (case
     * is normalized to upper case)
     * @param args the arguments, converted as the class documentation says
     * @return the command
     */
    public static Command write(String name, Object... args) {
        return of(CommandKind.WRITE, name, args);
    }

    /**
     * Create a read-only command, which may be served by a replica and retried.
     * @param name the command name
     * @param args the arguments
     * @return the command
     */
    public static Command read(String name, Object... args) {
        return of(CommandKind.READ, name, args);
    }

    /**
     * Create a command of the given kind.
     * @param kind what the command does
     * @param name the command name
     * @param args the arguments
     * @return the command
     * @throws IllegalArgumentException if the name is blank or an argument has a type
     * that has no Redis representation
     */
    public static Command of(CommandKind kind, String name, Object... args) {
        if (name.isBlank()) {
            throw new IllegalArgumentException("Command name must not be blank");
        }
        List<byte[]> encoded = new ArrayList<>(args.length);
        for (Object arg : args) {
            encoded.add(encode(arg));
        }
        return new Command(name.toUpperCase(Locale.ROOT), Collections.unmodifiableList(encoded), kind);
    }

    /**
     * Return the upper-case command name, for example {@code SET}.
     * @return the name
     */
    public String name() {
        return this.name;
    }

    /**
     * Return the arguments after the name. The list is unmodifiable; callers must not
     * change the arrays.
     * @return the arguments
     */
    public List<byte[]> args() {
        return this.args;
    }

    /**
     * Return what this command does.
     * @return the kind
     */
    public CommandKind kind() {
        return this.kind;
    }

    /**
     * Return argument {@code index} as UTF-8 text.
     * @param index the argument's position, from 0
     * @return the text
     */
    public String argAsString(int index) {
        return new String(this.args.get(index), StandardCharsets.UTF_8);
    }

    /**
     * Return whether the command can block the connection it runs on until data arrives
     * or its timeout passes ({@code BLPOP}, {@code BLMOVE}, {@code BZPOPMIN},
     * {@code BLMPOP}..., and {@code XREAD}/{@code XREADGROUP} with {@code BLOCK}).
     * Transports run such commands where they cannot hold up other callers, and they
     * cannot be batched.
     * @return whether it blocks
     */
    public boolean isBlocking() {
        if (BLOCKING.contains(this.name)) {
            return true;
        }
        if (this.name.equals("XREAD") || this.name.equals("XREADGROUP")) {
            for (byte[] arg : this.args) {
                if (arg.length == 5 && new String(arg, StandardCharsets.US_ASCII).equalsIgnoreCase("BLOCK")) {
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    public String toString() {
        // Never print arguments: they may hold keys, values or credentials.
        return this.name + " (" + this.args.size() + " args, " + this.kind + ")";
    }

    private static byte[] encode(Object arg) {
        if (arg instanceof byte[] bytes) {
            return bytes.clone();
        }
        if (arg instanceof CharSequence text) {
            return text.toString().getBytes(StandardCharsets.UTF_8);
        }
        if (arg instanceof Long || arg instanceof Integer || arg instanceof Short || arg instanceof Byte) {
            return arg.toString().getBytes(StandardCharsets.US_ASCII);
        }
        if (arg instanceof Double || arg instanceof Float) {
            return formatDouble(((Number) arg).doubleValue()).getBytes(StandardCharsets.US_ASCII);
        }
        if (arg instanceof BigDecimal || arg instanceof java.math.BigInteger || arg instanceof Boolean) {
            return arg.toString().getBytes(StandardCharsets.US_ASCII);
        }
        throw new IllegalArgumentException(
                "Cannot send an argument of type " + arg.getClass().getName() + "; encode it with a KvCodec first");
    }

    /**
     * Format a double the way Redis does in replies and expects in arguments: integral
     * values without a fraction, infinities as {@code inf}/{@code -inf}.
     * @param value the value
     * @return the text
     * @throws IllegalArgumentException for NaN, which Redis refuses
     */
    public static String formatDouble(double value) {
        if (Double.isNaN(value)) {
            throw new IllegalArgumentException("NaN cannot be sent to Redis");
        }
        if (Double.isInfinite(value)) {
            return (value > 0) ? "inf" : "-inf";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e17) {
            return Long.toString((long) value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

}
