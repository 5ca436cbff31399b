package io.unikv.commands;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Options of {@code XADD}: the entry ID ({@code *}, the default, lets Redis generate it;
 * {@code <ms>-*} generates the sequence only), {@code NOMKSTREAM} and trimming.
 * Immutable; each method returns a new instance:
 *
 * <pre class="code">
 * store.xadd("events", XAddOptions.none().trim(StreamTrimOptions.maxLen(1000).approximate()), fields);
 * </pre>
 *
 * @author unikv authors
 */
public final class XAddOptions {

    private static final XAddOptions NONE = new XAddOptions("*", false, null);

    private final String id;

    private final boolean noMkStream;

    private final @Nullable StreamTrimOptions trim;

    private XAddOptions(String id, boolean noMkStream, @Nullable StreamTrimOptions trim) {
        this.id = id;
        this.noMkStream = noMkStream;
        this.trim = trim;
    }

    /**
     * A generated ID, the stream created if missing, no trimming.
     * @return the options
     */
    public static XAddOptions none() {
        return NONE;
    }

    /**
     * Use an explicit ID (or {@code <ms>-*}).
     * @param id the ID; it must be greater than the stream's last ID
     * @return the options
     */
    public XAddOptions id(String id) {
        return new XAddOptions(id, this.noMkStream, this.trim);
    }

    /**
     * Do not create a missing stream ({@code NOMKSTREAM}): XADD then returns
     * {@code null}.
     * @return the options
     */
    public XAddOptions noMkStream() {
        return new XAddOptions(this.id, true, this.trim);
    }

    /**
     * Trim the stream after adding.
     * @param trim how to trim
     * @return the options
     */
    public XAddOptions trim(StreamTrimOptions trim) {
        return new XAddOptions(this.id, this.noMkStream, trim);
    }

    /**
     * Return the arguments between the key and the fields, as the command takes them.
     * @return the arguments
     */
    public List<Object> arguments() {
        List<Object> args = new ArrayList<>();
        if (this.noMkStream) {
            args.add("NOMKSTREAM");
        }
        if (this.trim != null) {
            args.addAll(this.trim.arguments());
        }
        args.add(this.id);
        return args;
    }

}
