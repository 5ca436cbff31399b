package io.unikv.testserver.internal.resp;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Splits an inline command line into arguments the way Redis's {@code sdssplitargs} does:
 * spaces separate, double quotes allow {@code \n \r \t \b \a \\ \" \xHH} escapes, single
 * quotes allow {@code \'}, and a closing quote must be followed by a space or the end.
 *
 * @author unikv authors
 */
public final class InlineSplitter {

    private InlineSplitter() {
    }

    /**
     * Split a line.
     * @param line the line without its line ending
     * @return the arguments, or {@code null} if the quotes are unbalanced
     */
    public static byte @Nullable [][] split(byte[] line) {
        List<byte[]> args = new ArrayList<>();
        int i = 0;
        int n = line.length;
        while (true) {
            while (i < n && isSpace(line[i])) {
                i++;
            }
            if (i >= n) {
                return args.toArray(new byte[0][]);
            }
            ByteArrayOutputStream current = new ByteArrayOutputStream();
            boolean inDouble = false;
            boolean inSingle = false;
            boolean done = false;
            while (!done) {
                if (inDouble) {
                    if (i >= n) {
                        return null;
                    }
                    byte c = line[i];
                    if (c == '\\' && i + 3 < n && line[i + 1] == 'x' && isHex(line[i + 2]) && isHex(line[i + 3])) {
                        current.write(Character.digit(line[i + 2], 16) * 16 + Character.digit(line[i + 3], 16));
                        i += 3;
                    }
                    else if (c == '\\' && i + 1 < n) {
                        i++;
                        current.write(unescape(line[i]));
                    }
                    else if (c == '"') {
                        if (i + 1 < n && !isSpace(line[i + 1])) {
                            return null;
                        }
                        done = true;
                    }
                    else {
                        current.write(c);
                    }
                }
                else if (inSingle) {
                    if (i >= n) {
                        return null;
                    }
                    byte c = line[i];
                    if (c == '\\' && i + 1 < n && line[i + 1] == '\'') {
                        i++;
                        current.write('\'');
                    }
                    else if (c == '\'') {
                        if (i + 1 < n && !isSpace(line[i + 1])) {
                            return null;
                        }
                        done = true;
                    }
                    else {
                        current.write(c);
                    }
                }
                else if (i >= n || isSpace(line[i])) {
                    done = true;
                }
                else if (line[i] == '"') {
                    inDouble = true;
                }
                else if (line[i] == '\'') {
                    inSingle = true;
                }
                else {
                    current.write(line[i]);
                }
                if (i < n) {
                    i++;
                }
            }
            args.add(current.toByteArray());
        }
    }

    private static int unescape(byte c) {
        return switch (c) {
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 't' -> '\t';
            case 'b' -> '\b';
            case 'a' -> 7;
            default -> c;
        };
    }

    private static boolean isSpace(byte c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0b;
    }

    private static boolean isHex(byte c) {
        return Character.digit(c, 16) >= 0;
    }

}
