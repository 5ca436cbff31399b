package io.unikv.transport.rest;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.unikv.KvCodecException;
import io.unikv.transport.Command;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Writes commands as the JSON arrays the Upstash REST API takes: every argument a JSON
 * string. JSON strings carry text only, so an argument whose bytes are not valid UTF-8
 * cannot travel this way; {@link #isJsonSafe(Command)} tells such commands apart so they
 * can go path-style instead ({@link PathCommand}). Thread-safe.
 *
 * @author unikv authors
 */
final class CommandJson {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private CommandJson() {
    }

    /**
     * Write one command: {@code ["SET","k","v"]}.
     * @param command the command
     * @return the JSON body
     */
    static byte[] single(Command command) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator generator = FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
            write(generator, command);
        }
        return out.toByteArray();
    }

    /**
     * Write a batch: {@code [["SET","k","v"],["GET","k"]]}.
     * @param commands the commands
     * @return the JSON body
     * @throws KvCodecException if an argument is not valid UTF-8, which no batch can
     * carry over REST
     */
    static byte[] batch(List<Command> commands) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator generator = FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
            generator.writeStartArray();
            for (Command command : commands) {
                write(generator, command);
            }
            generator.writeEndArray();
        }
        return out.toByteArray();
    }

    /**
     * Return whether every argument of a command is valid UTF-8 and can be a JSON string.
     * @param command the command
     * @return {@code true} if the command can go in a JSON body
     */
    static boolean isJsonSafe(Command command) {
        for (byte[] arg : command.args()) {
            if (text(arg) == null) {
                return false;
            }
        }
        return true;
    }

    private static void write(JsonGenerator generator, Command command) {
        generator.writeStartArray();
        generator.writeString(command.name());
        for (byte[] arg : command.args()) {
            String text = text(arg);
            if (text == null) {
                throw new KvCodecException("Command " + command.name() + " has an argument that is not valid UTF-8; "
                        + "the Upstash REST protocol carries such bytes only in single commands, "
                        + "not in pipelines or transactions", null);
            }
            generator.writeString(text);
        }
        generator.writeEndArray();
    }

    /**
     * Decode bytes as strict UTF-8.
     * @param bytes the bytes
     * @return the text, or {@code null} if the bytes are not valid UTF-8
     */
    static @Nullable String text(byte[] bytes) {
        boolean ascii = true;
        for (byte b : bytes) {
            if (b < 0) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            return new String(bytes, StandardCharsets.US_ASCII);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
        }
        catch (CharacterCodingException ex) {
            return null;
        }
    }

}
