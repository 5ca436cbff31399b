package io.unikv.transport.rest;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.unikv.transport.Command;

/**
 * The path form of a single command, the only binary-safe one the Upstash REST protocol
 * has: {@code POST /SET/key} with the last argument as the raw request body, every other
 * argument a percent-encoded path segment (the server decodes {@code %FF} to the byte
 * 0xFF). Used for commands whose arguments are not valid UTF-8 and so cannot be JSON
 * strings. Stateless.
 *
 * @author unikv authors
 */
final class PathCommand {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private PathCommand() {
    }

    /**
     * Return the URI for a command: every argument but a non-empty last one in the path.
     * @param base the endpoint, without a trailing slash
     * @param command the command
     * @return the URI
     */
    static URI uri(URI base, Command command) {
        StringBuilder path = new StringBuilder(base.toString());
        path.append('/').append(encode(command.name().getBytes(StandardCharsets.UTF_8)));
        List<byte[]> args = command.args();
        int inPath = args.size() - (hasBody(command) ? 1 : 0);
        for (int i = 0; i < inPath; i++) {
            path.append('/').append(encode(args.get(i)));
        }
        return URI.create(path.toString());
    }

    /**
     * Return the raw body: the last argument, or nothing if it is empty or absent.
     * @param command the command
     * @return the body bytes, possibly empty
     */
    static byte[] body(Command command) {
        return hasBody(command) ? command.args().get(command.args().size() - 1) : new byte[0];
    }

    private static boolean hasBody(Command command) {
        List<byte[]> args = command.args();
        return !args.isEmpty() && args.get(args.size() - 1).length > 0;
    }

    static String encode(byte[] bytes) {
        StringBuilder out = new StringBuilder(bytes.length * 3);
        for (byte b : bytes) {
            int c = b & 0xFF;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
                    || c == '_' || c == '~') {
                out.append((char) c);
            }
            else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        return out.toString();
    }

}
