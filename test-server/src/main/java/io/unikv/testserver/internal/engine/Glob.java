package io.unikv.testserver.internal.engine;

/**
 * Redis's glob-style matching ({@code KEYS}, {@code SCAN MATCH}, {@code CONFIG GET},
 * {@code PSUBSCRIBE}): {@code *}, {@code ?}, {@code [abc]}, {@code [^a]}, {@code [a-z]}
 * and {@code \} escapes, over bytes.
 *
 * @author unikv authors
 */
public final class Glob {

    private Glob() {
    }

    /**
     * Match a string against a pattern.
     * @param pattern the pattern
     * @param string the string
     * @param ignoreCase whether ASCII case is ignored
     * @return whether it matches
     */
    public static boolean matches(byte[] pattern, byte[] string, boolean ignoreCase) {
        return match(pattern, 0, string, 0, ignoreCase, 0);
    }

    private static boolean match(byte[] p, int pi, byte[] s, int si, boolean nocase, int depth) {
        if (depth > 1000) {
            return false;
        }
        while (pi < p.length) {
            byte c = p[pi];
            switch (c) {
                case '*' -> {
                    while (pi + 1 < p.length && p[pi + 1] == '*') {
                        pi++;
                    }
                    if (pi + 1 == p.length) {
                        return true;
                    }
                    for (int k = si; k <= s.length; k++) {
                        if (match(p, pi + 1, s, k, nocase, depth + 1)) {
                            return true;
                        }
                    }
                    return false;
                }
                case '?' -> {
                    if (si >= s.length) {
                        return false;
                    }
                    si++;
                }
                case '[' -> {
                    if (si >= s.length) {
                        return false;
                    }
                    pi++;
                    boolean not = pi < p.length && p[pi] == '^';
                    if (not) {
                        pi++;
                    }
                    boolean found = false;
                    while (pi < p.length && p[pi] != ']') {
                        if (p[pi] == '\\' && pi + 1 < p.length) {
                            pi++;
                            found |= eq(p[pi], s[si], nocase);
                        }
                        else if (pi + 2 < p.length && p[pi + 1] == '-') {
                            int start = lower(p[pi], nocase);
                            int end = lower(p[pi + 2], nocase);
                            int ch = lower(s[si], nocase);
                            if (start > end) {
                                int t = start;
                                start = end;
                                end = t;
                            }
                            found |= ch >= start && ch <= end;
                            pi += 2;
                        }
                        else {
                            found |= eq(p[pi], s[si], nocase);
                        }
                        pi++;
                    }
                    if (pi >= p.length) {
                        // unterminated class: Redis treats the end of pattern as ']'
                        pi--;
                    }
                    if (found == not) {
                        return false;
                    }
                    si++;
                }
                case '\\' -> {
                    if (pi + 1 < p.length) {
                        pi++;
                    }
                    if (si >= s.length || !eq(p[pi], s[si], nocase)) {
                        return false;
                    }
                    si++;
                }
                default -> {
                    if (si >= s.length || !eq(c, s[si], nocase)) {
                        return false;
                    }
                    si++;
                }
            }
            pi++;
        }
        return si == s.length;
    }

    private static boolean eq(byte a, byte b, boolean nocase) {
        return lower(a, nocase) == lower(b, nocase);
    }

    private static int lower(byte b, boolean nocase) {
        int c = b & 0xff;
        return (nocase && c >= 'A' && c <= 'Z') ? c + 32 : c;
    }

}
