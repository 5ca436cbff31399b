package io.unikv.testserver.conformance;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import io.unikv.testserver.internal.resp.InlineSplitter;

/**
 * A conformance script: commands in redis-cli syntax, one per line, each compared between
 * real Redis and the test server. {@code #} starts a comment; {@code ~ } compares a reply
 * ignoring the order of its elements; {@code ! } runs a command without comparing.
 *
 * @param name the file name
 * @param steps the commands
 * @author unikv authors
 */
record ConformanceScript(String name, List<Step> steps) {

    static ConformanceScript load(String name) throws IOException {
        try (InputStream in = ConformanceScript.class.getResourceAsStream("/conformance/" + name)) {
            if (in == null) {
                throw new IOException("No conformance script " + name);
            }
            List<Step> steps = new ArrayList<>();
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                Mode mode = Mode.EXACT;
                if (line.startsWith("~ ")) {
                    mode = Mode.UNORDERED;
                    line = line.substring(2);
                }
                else if (line.startsWith("! ")) {
                    mode = Mode.RUN_ONLY;
                    line = line.substring(2);
                }
                byte[][] args = InlineSplitter.split(line.getBytes(StandardCharsets.UTF_8));
                if (args == null || args.length == 0) {
                    throw new IOException(name + ":" + (i + 1) + ": cannot parse '" + line + "'");
                }
                steps.add(new Step(i + 1, line, args, mode));
            }
            return new ConformanceScript(name, steps);
        }
    }

    /**
     * One command of a script.
     *
     * @param line the line number
     * @param text the line as written
     * @param args the command
     * @param mode how its replies are compared
     */
    record Step(int line, String text, byte[][] args, Mode mode) {

        String command() {
            return new String(this.args[0], StandardCharsets.UTF_8).toLowerCase(java.util.Locale.ROOT);
        }

    }

    enum Mode {

        EXACT, UNORDERED, RUN_ONLY

    }

}
