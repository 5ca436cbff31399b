package io.unikv.testserver.internal.engine;

/**
 * Formats a MONITOR line as Redis does:
 * {@code 1339518083.107412 [0 127.0.0.1:60866] "keys" "*"}, with arguments quoted and
 * escaped like {@code sdscatrepr} and passwords of AUTH and HELLO redacted.
 *
 * @author unikv authors
 */
final class MonitorLine {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private MonitorLine() {
    }

    static String format(long nowMillis, int db, String address, byte[][] args) {
        StringBuilder line = new StringBuilder(64);
        line.append(Math.floorDiv(nowMillis, 1000)).append('.');
        String micros = Long.toString(Math.floorMod(nowMillis, 1000) * 1000L);
        line.append("000000", 0, 6 - micros.length()).append(micros);
        line.append(" [").append(db).append(' ').append(address).append(']');
        String name = new String(args[0], java.nio.charset.StandardCharsets.UTF_8);
        for (int i = 0; i < args.length; i++) {
            line.append(' ');
            if (redacted(name, args, i)) {
                line.append("\"(redacted)\"");
            }
            else {
                quote(args[i], line);
            }
        }
        return line.toString();
    }

    private static boolean redacted(String name, byte[][] args, int index) {
        if (name.equalsIgnoreCase("auth")) {
            // AUTH with too many arguments fails before it redacts anything
            return index > 0 && args.length <= 3;
        }
        if (name.equalsIgnoreCase("hello")) {
            for (int i = 2; i < args.length; i++) {
                String word = new String(args[i], java.nio.charset.StandardCharsets.UTF_8);
                if (word.equalsIgnoreCase("AUTH") && i + 2 < args.length && (index == i + 1 || index == i + 2)) {
                    return true;
                }
                if (word.equalsIgnoreCase("AUTH")) {
                    i += 2;
                }
                else if (word.equalsIgnoreCase("SETNAME")) {
                    i += 1;
                }
            }
        }
        return false;
    }

    private static void quote(byte[] bytes, StringBuilder out) {
        out.append('"');
        for (byte b : bytes) {
            int c = b & 0xff;
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '"' -> out.append("\\\"");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case 7 -> out.append("\\a");
                case '\b' -> out.append("\\b");
                default -> {
                    if (c >= 0x20 && c <= 0x7e) {
                        out.append((char) c);
                    }
                    else {
                        out.append("\\x").append(HEX[c >> 4]).append(HEX[c & 0xf]);
                    }
                }
            }
        }
        out.append('"');
    }

}
