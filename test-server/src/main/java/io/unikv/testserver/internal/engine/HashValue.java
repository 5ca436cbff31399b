package io.unikv.testserver.internal.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A hash value: fields in insertion order (an update keeps a field's place, as Redis's
 * listpack does). Reports Redis 7.0's encodings with the default thresholds:
 * {@code listpack} while it has at most 512 fields and no field or value longer than 64
 * bytes, {@code hashtable} from then on (Redis never converts back). Mutable; engine
 * thread only.
 *
 * @author unikv authors
 */
public final class HashValue implements RedisValue {

    /** Redis's default {@code hash-max-listpack-entries}. */
    public static final int MAX_LISTPACK_ENTRIES = 512;

    /** Redis's default {@code hash-max-listpack-value}. */
    public static final int MAX_LISTPACK_VALUE = 64;

    private final LinkedHashMap<ByteKey, byte[]> fields;

    private boolean listpack;

    /**
     * Create an empty hash, listpack-encoded.
     */
    public HashValue() {
        this(new LinkedHashMap<>(), true);
    }

    private HashValue(LinkedHashMap<ByteKey, byte[]> fields, boolean listpack) {
        this.fields = fields;
        this.listpack = listpack;
    }

    @Override
    public Values type() {
        return Values.HASH;
    }

    @Override
    public String encoding() {
        return this.listpack ? "listpack" : "hashtable";
    }

    @Override
    public RedisValue copy() {
        return new HashValue(new LinkedHashMap<>(this.fields), this.listpack);
    }

    /**
     * Return whether the hash is listpack-encoded (Redis then iterates, scans and samples
     * it in insertion order).
     * @return whether it is small
     */
    public boolean isListpack() {
        return this.listpack;
    }

    /**
     * Convert to {@code hashtable} if any of the arguments about to be written is too
     * long for a listpack, as Redis checks a whole {@code HSET} before writing any field.
     * @param args the command arguments
     * @param from the first field position
     * @param to the last value position, inclusive
     */
    public void convertForArguments(byte[][] args, int from, int to) {
        for (int i = from; i <= to && this.listpack; i++) {
            if (args[i].length > MAX_LISTPACK_VALUE) {
                this.listpack = false;
            }
        }
    }

    /**
     * Set a field.
     * @param field the field
     * @param value the value; not modified afterwards
     * @return whether the field is new
     */
    public boolean put(byte[] field, byte[] value) {
        if (field.length > MAX_LISTPACK_VALUE || value.length > MAX_LISTPACK_VALUE) {
            this.listpack = false;
        }
        boolean added = this.fields.put(ByteKey.of(field), value) == null;
        if (this.fields.size() > MAX_LISTPACK_ENTRIES) {
            this.listpack = false;
        }
        return added;
    }

    /**
     * Return a field's value.
     * @param field the field
     * @return the value, or {@code null}
     */
    public byte @Nullable [] get(byte[] field) {
        return this.fields.get(ByteKey.of(field));
    }

    /**
     * Remove a field.
     * @param field the field
     * @return whether it existed
     */
    public boolean remove(byte[] field) {
        return this.fields.remove(ByteKey.of(field)) != null;
    }

    /**
     * Return the number of fields.
     * @return the size
     */
    public int size() {
        return this.fields.size();
    }

    /**
     * Return whether the hash has no fields (and must be deleted).
     * @return whether it is empty
     */
    public boolean isEmpty() {
        return this.fields.isEmpty();
    }

    /**
     * Return a snapshot of the fields and values in iteration order.
     * @return the entries
     */
    public List<Map.Entry<ByteKey, byte[]>> entries() {
        return new ArrayList<>(this.fields.entrySet());
    }

}
