package io.unikv.testserver.conformance;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import io.unikv.testserver.internal.resp.InlineSplitter;

/**
 * A multi-connection conformance script
 * ({@code src/test/resources/conformance-sessions}): each line is
 * {@code connect <name> <2|3>}, {@code close <name>}, or
 * {@code <name> <command in redis-cli syntax>}; a leading {@code !} runs a step without
 * comparing what it produced, a leading {@code &} reads the command's one reply without
 * synchronising the connections (inside MULTI, where the synchronising PING would be
 * queued, and after CLIENT CACHING, whose flag the PING would consume).
 * {@code $id:<name>} in a command is replaced by that connection's client id on each
 * server.
 *
 * @param name the file name
 * @param steps the steps
 * @author unikv authors
 */
record SessionScript(String name, List<Step> steps) {

    static SessionScript load(String name) throws IOException {
        try (InputStream in = SessionScript.class.getResourceAsStream("/conformance-sessions/" + name)) {
            if (in == null) {
                throw new IOException("No session script " + name);
            }
            List<Step> steps = new ArrayList<>();
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                boolean compare = !line.startsWith("! ");
                boolean single = line.startsWith("& ");
                if (!compare || single) {
                    line = line.substring(2);
                }
                int space = line.indexOf(' ');
                if (space < 0) {
                    throw new IOException(name + ":" + (i + 1) + ": expected '<connection> <command>'");
                }
                String first = line.substring(0, space);
                String rest = line.substring(space + 1).strip();
                Step step = switch (first) {
                    case "connect" -> {
                        String[] words = rest.split(" +");
                        yield new Step(i + 1, line, Kind.CONNECT, words[0], Integer.parseInt(words[1]), null, compare,
                                false);
                    }
                    case "close" -> new Step(i + 1, line, Kind.CLOSE, rest, 0, null, compare, false);
                    default -> {
                        byte[][] args = InlineSplitter.split(rest.getBytes(StandardCharsets.UTF_8));
                        if (args == null || args.length == 0) {
                            throw new IOException(name + ":" + (i + 1) + ": cannot parse '" + rest + "'");
                        }
                        yield new Step(i + 1, line, Kind.COMMAND, first, 0, args, compare, single);
                    }
                };
                steps.add(step);
            }
            return new SessionScript(name, steps);
        }
    }

    /**
     * One step.
     *
     * @param line the line number
     * @param text the line as written
     * @param kind what it does
     * @param connection the connection it concerns
     * @param protocol the protocol of a new connection
     * @param args the command, for {@link Kind#COMMAND}
     * @param compare whether its effects are compared
     * @param single whether to read one reply without synchronising
     */
    record Step(int line, String text, Kind kind, String connection, int protocol, byte[][] args, boolean compare,
            boolean single) {
    }

    enum Kind {

        CONNECT, CLOSE, COMMAND

    }

}
