package io.unikv.transport.lettuce;

import java.nio.charset.StandardCharsets;

import io.lettuce.core.protocol.ProtocolKeyword;

/**
 * A command name as Lettuce sends it. The label is what Lettuce sees as the command type:
 * transaction framing uses a label other than {@code MULTI}/{@code EXEC} so that Lettuce
 * does not apply its own transaction bookkeeping to our commands.
 *
 * @author unikv authors
 */
final class RawKeyword implements ProtocolKeyword {

    static final RawKeyword MULTI = new RawKeyword("MULTI", "UNIKV-MULTI");

    static final RawKeyword EXEC = new RawKeyword("EXEC", "UNIKV-EXEC");

    private final byte[] bytes;

    private final String label;

    private RawKeyword(String name, String label) {
        this.bytes = name.getBytes(StandardCharsets.US_ASCII);
        this.label = label;
    }

    static RawKeyword of(String name) {
        return new RawKeyword(name, name);
    }

    @Override
    public byte[] getBytes() {
        return this.bytes;
    }

    @Override
    public String toString() {
        return this.label;
    }

}
