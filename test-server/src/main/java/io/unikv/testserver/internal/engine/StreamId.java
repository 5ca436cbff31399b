package io.unikv.testserver.internal.engine;

import org.jspecify.annotations.Nullable;

/**
 * A stream entry ID: two unsigned 64-bit numbers, milliseconds and sequence, ordered as
 * Redis orders them (unsigned, milliseconds first). Immutable.
 *
 * @param ms the milliseconds part, unsigned
 * @param seq the sequence part, unsigned
 * @author unikv authors
 */
public record StreamId(long ms, long seq) implements Comparable<StreamId> {

    /** The smallest ID, {@code 0-0}. */
    public static final StreamId MIN = new StreamId(0, 0);

    /** The largest ID, {@code 18446744073709551615-18446744073709551615}. */
    public static final StreamId MAX = new StreamId(-1, -1);

    @Override
    public int compareTo(StreamId other) {
        int byMs = Long.compareUnsigned(this.ms, other.ms);
        return (byMs != 0) ? byMs : Long.compareUnsigned(this.seq, other.seq);
    }

    /**
     * Return whether this ID is {@code 0-0}.
     * @return whether it is zero
     */
    public boolean isZero() {
        return this.ms == 0 && this.seq == 0;
    }

    /**
     * Return the next ID, or {@code null} past the largest one.
     * @return the next ID
     */
    public @Nullable StreamId next() {
        if (this.seq != -1) {
            return new StreamId(this.ms, this.seq + 1);
        }
        return (this.ms != -1) ? new StreamId(this.ms + 1, 0) : null;
    }

    /**
     * Return the previous ID, or {@code null} before the smallest one.
     * @return the previous ID
     */
    public @Nullable StreamId previous() {
        if (this.seq != 0) {
            return new StreamId(this.ms, this.seq - 1);
        }
        return (this.ms != 0) ? new StreamId(this.ms - 1, -1) : null;
    }

    /**
     * Return whether this ID is greater than another.
     * @param other the other ID
     * @return whether it is greater
     */
    public boolean after(StreamId other) {
        return compareTo(other) > 0;
    }

    @Override
    public String toString() {
        return Long.toUnsignedString(this.ms) + "-" + Long.toUnsignedString(this.seq);
    }

}
