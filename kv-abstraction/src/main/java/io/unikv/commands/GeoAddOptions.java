package io.unikv.commands;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * GEOADD options: only add new members ({@code NX}) or only update existing ones
 * ({@code XX}), and count changed members too ({@code CH}). Immutable.
 *
 * @author unikv authors
 */
public final class GeoAddOptions {

    private static final GeoAddOptions NONE = new GeoAddOptions(null, false);

    private final @Nullable String existence;

    private final boolean changed;

    private GeoAddOptions(@Nullable String existence, boolean changed) {
        this.existence = existence;
        this.changed = changed;
    }

    /**
     * No options: add new members and move existing ones.
     * @return the options
     */
    public static GeoAddOptions none() {
        return NONE;
    }

    /**
     * {@code NX}: never move existing members.
     * @return new options
     * @throws IllegalArgumentException if XX was chosen
     */
    public GeoAddOptions nx() {
        return withExistence("NX");
    }

    /**
     * {@code XX}: never add members, only move existing ones.
     * @return new options
     * @throws IllegalArgumentException if NX was chosen
     */
    public GeoAddOptions xx() {
        return withExistence("XX");
    }

    /**
     * {@code CH}: the reply counts moved members as well as added ones.
     * @return new options
     */
    public GeoAddOptions ch() {
        return new GeoAddOptions(this.existence, true);
    }

    /**
     * Return the arguments these options add.
     * @return the arguments, unmodifiable
     */
    public List<Object> arguments() {
        List<Object> args = new ArrayList<>(2);
        if (this.existence != null) {
            args.add(this.existence);
        }
        if (this.changed) {
            args.add("CH");
        }
        return List.copyOf(args);
    }

    @Override
    public String toString() {
        return "GeoAddOptions" + arguments();
    }

    private GeoAddOptions withExistence(String existence) {
        if (this.existence != null && !this.existence.equals(existence)) {
            throw new IllegalArgumentException("NX and XX cannot be combined");
        }
        return new GeoAddOptions(existence, this.changed);
    }

}
