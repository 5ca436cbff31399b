package io.unikv.testserver.internal.rest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import io.unikv.testserver.internal.engine.Errors;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads command arrays from JSON request bodies, whatever the Content-Type says. Strings
 * become their UTF-8 bytes, numbers their exact JSON text ({@code 10}, {@code 1.5},
 * {@code 1e+21}) and booleans {@code "true"} or {@code "false"}; anything else (null,
 * nested arrays, objects) is refused with 400. Thread-safe.
 *
 * @author unikv authors
 */
final class JsonCommands {

    private static final byte[] TRUE = "true".getBytes(StandardCharsets.US_ASCII);

    private static final byte[] FALSE = "false".getBytes(StandardCharsets.US_ASCII);

    private final JsonFactory factory;

    JsonCommands(int maxRequestBytes) {
        StreamReadConstraints defaults = StreamReadConstraints.defaults();
        StreamReadConstraints constraints = StreamReadConstraints.builder()
            .maxStringLength(Math.max(defaults.getMaxStringLength(), maxRequestBytes))
            .maxNumberLength(Math.max(defaults.getMaxNumberLength(), maxRequestBytes))
            .build();
        this.factory = JsonFactory.builder().streamReadConstraints(constraints).build();
    }

    /**
     * Read one command: {@code ["SET","k","v"]}.
     * @param body the body
     * @return the arguments, the name first
     * @throws RestException (400) if the body is not such an array
     */
    byte[][] command(byte[] body) {
        try (JsonParser parser = this.factory.createParser(ObjectReadContext.empty(), body)) {
            expect(parser.nextToken() == JsonToken.START_ARRAY, Errors.REST_BAD_COMMAND);
            byte[][] command = readCommand(parser, Errors.REST_BAD_COMMAND);
            expect(parser.nextToken() == null, Errors.REST_BAD_COMMAND);
            return command;
        }
        catch (JacksonException ex) {
            throw RestException.badRequest(Errors.REST_BAD_COMMAND);
        }
    }

    /**
     * Read a pipeline or transaction: {@code [["SET","k","v"],["GET","k"]]}.
     * @param body the body
     * @return the commands in order
     * @throws RestException (400) if the body is not a non-empty array of command arrays
     */
    List<byte[][]> batch(byte[] body) {
        try (JsonParser parser = this.factory.createParser(ObjectReadContext.empty(), body)) {
            expect(parser.nextToken() == JsonToken.START_ARRAY, Errors.REST_BAD_BATCH);
            List<byte[][]> commands = new ArrayList<>();
            JsonToken token;
            while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
                expect(token == JsonToken.START_ARRAY, Errors.REST_BAD_BATCH);
                commands.add(readCommand(parser, Errors.REST_BAD_BATCH));
            }
            expect(!commands.isEmpty() && parser.nextToken() == null, Errors.REST_BAD_BATCH);
            return commands;
        }
        catch (JacksonException ex) {
            throw RestException.badRequest(Errors.REST_BAD_BATCH);
        }
    }

    private static byte[][] readCommand(JsonParser parser, String error) {
        List<byte[]> args = new ArrayList<>();
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            expect(token != null, error);
            args.add(switch (token) {
                case VALUE_STRING -> parser.getString().getBytes(StandardCharsets.UTF_8);
                // the token as written: never reformat 10 as 10.0
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> parser.getString().getBytes(StandardCharsets.US_ASCII);
                case VALUE_TRUE -> TRUE;
                case VALUE_FALSE -> FALSE;
                default -> throw RestException.badRequest(error);
            });
        }
        if (args.isEmpty()) {
            throw RestException.badRequest(Errors.REST_EMPTY_COMMAND);
        }
        return args.toArray(new byte[0][]);
    }

    private static void expect(boolean condition, String error) {
        if (!condition) {
            throw RestException.badRequest(error);
        }
    }

}
