package io.unikv.commands;

import java.util.ArrayList;
import java.util.List;

/**
 * The operations of one BITFIELD command, run in order; each GET, SET and INCRBY adds one
 * element to the reply. Immutable: every method returns a new instance. <pre>
 * BitFieldOperations.create()
 *     .set(BitFieldType.unsigned(8), 0, 255)
 *     .overflow(BitFieldOverflow.SAT)
 *     .incrby(BitFieldType.unsigned(8), 0, 10)
 *     .get(BitFieldType.signed(4), BitFieldOffset.field(1));
 * </pre>
 *
 * @author unikv authors
 */
public final class BitFieldOperations {

    private static final BitFieldOperations EMPTY = new BitFieldOperations(List.of(), true);

    private final List<Object> arguments;

    private final boolean readOnly;

    private BitFieldOperations(List<Object> arguments, boolean readOnly) {
        this.arguments = arguments;
        this.readOnly = readOnly;
    }

    /**
     * No operations yet.
     * @return the empty list of operations
     */
    public static BitFieldOperations create() {
        return EMPTY;
    }

    /**
     * {@code GET type offset}: read a field.
     * @param type the field type
     * @param offset the bit offset
     * @return the operations with this one added
     */
    public BitFieldOperations get(BitFieldType type, long offset) {
        return get(type, BitFieldOffset.bit(offset));
    }

    /**
     * {@code GET type offset}: read a field.
     * @param type the field type
     * @param offset the offset
     * @return the operations with this one added
     */
    public BitFieldOperations get(BitFieldType type, BitFieldOffset offset) {
        return with(this.readOnly, "GET", type.toString(), offset.toString());
    }

    /**
     * {@code SET type offset value}: write a field; its reply is the old value.
     * @param type the field type
     * @param offset the bit offset
     * @param value the value
     * @return the operations with this one added
     */
    public BitFieldOperations set(BitFieldType type, long offset, long value) {
        return set(type, BitFieldOffset.bit(offset), value);
    }

    /**
     * {@code SET type offset value}: write a field; its reply is the old value.
     * @param type the field type
     * @param offset the offset
     * @param value the value
     * @return the operations with this one added
     */
    public BitFieldOperations set(BitFieldType type, BitFieldOffset offset, long value) {
        return with(false, "SET", type.toString(), offset.toString(), value);
    }

    /**
     * {@code INCRBY type offset increment}: add to a field; its reply is the new value.
     * @param type the field type
     * @param offset the bit offset
     * @param increment the increment, may be negative
     * @return the operations with this one added
     */
    public BitFieldOperations incrby(BitFieldType type, long offset, long increment) {
        return incrby(type, BitFieldOffset.bit(offset), increment);
    }

    /**
     * {@code INCRBY type offset increment}: add to a field; its reply is the new value.
     * @param type the field type
     * @param offset the offset
     * @param increment the increment, may be negative
     * @return the operations with this one added
     */
    public BitFieldOperations incrby(BitFieldType type, BitFieldOffset offset, long increment) {
        return with(false, "INCRBY", type.toString(), offset.toString(), increment);
    }

    /**
     * {@code OVERFLOW behaviour}: how the SET and INCRBY operations after it treat
     * overflows.
     * @param overflow the behaviour
     * @return the operations with this one added
     */
    public BitFieldOperations overflow(BitFieldOverflow overflow) {
        return with(this.readOnly, "OVERFLOW", overflow.name());
    }

    /**
     * Return whether every operation only reads (so BITFIELD_RO can run them).
     * @return whether there is no SET or INCRBY
     */
    public boolean isReadOnly() {
        return this.readOnly;
    }

    /**
     * Return the arguments after the key.
     * @return the arguments, unmodifiable
     */
    public List<Object> arguments() {
        return this.arguments;
    }

    @Override
    public String toString() {
        return "BitFieldOperations" + this.arguments;
    }

    private BitFieldOperations with(boolean readOnly, Object... more) {
        List<Object> args = new ArrayList<>(this.arguments);
        args.addAll(List.of(more));
        return new BitFieldOperations(List.copyOf(args), readOnly);
    }

}
