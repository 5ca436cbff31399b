package io.unikv.commands;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * A Lua script with its SHA1 digest, for
 * {@link RedisScriptingCommands#eval(Script, java.util.List, java.util.List)}, which
 * sends {@code EVALSHA} and falls back to {@code EVAL} only when the server answers
 * {@code NOSCRIPT}. Immutable; create scripts once and reuse them.
 * <p>
 * The digest is computed over the full source text in UTF-8, {@code #!lua} shebang line
 * included, exactly as Redis and Upstash compute it, so the SHA matches what
 * {@code SCRIPT LOAD} returns. Shebang flags (Redis 7:
 * {@code #!lua flags=no-writes,allow-stale}) are parsed; a script flagged
 * {@code no-writes} is read-only and may run on a replica with {@code EVALSHA_RO}.
 *
 * @author unikv authors
 */
public final class Script {

    private final String source;

    private final String sha1;

    private final Set<String> flags;

    private Script(String source) {
        this.source = source;
        this.sha1 = sha1Hex(source);
        this.flags = parseFlags(source);
    }

    /**
     * Create a script.
     * @param source the Lua source, optionally starting with a {@code #!lua} shebang line
     * @return the script
     * @throws IllegalArgumentException if the source is blank or the shebang is not
     * {@code #!lua}
     */
    public static Script of(String source) {
        if (source.isBlank()) {
            throw new IllegalArgumentException("A script must not be blank");
        }
        return new Script(source);
    }

    /**
     * Return the source text.
     * @return the source
     */
    public String source() {
        return this.source;
    }

    /**
     * Return the SHA1 digest of the source as 40 lower-case hex digits.
     * @return the digest
     */
    public String sha1() {
        return this.sha1;
    }

    /**
     * Return the shebang flags in the order written, lower case.
     * @return the flags, empty if the script has no shebang or no flags
     */
    public Set<String> flags() {
        return this.flags;
    }

    /**
     * Return whether the script declares that it does not write ({@code no-writes}).
     * @return {@code true} if it may run read-only
     */
    public boolean isReadOnly() {
        return this.flags.contains("no-writes");
    }

    @Override
    public String toString() {
        return "Script[" + this.sha1 + "]";
    }

    /**
     * Return the SHA1 digest of a script text as Redis computes it.
     * @param source the full script text
     * @return 40 lower-case hex digits
     */
    public static String sha1Hex(String source) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1").digest(source.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("SHA-1 is required of every Java runtime", ex);
        }
    }

    private static Set<String> parseFlags(String source) {
        if (!source.startsWith("#!")) {
            return Set.of();
        }
        int end = source.indexOf('\n');
        String[] words = source.substring(2, (end < 0) ? source.length() : end).trim().split("\\s+");
        if (!words[0].equals("lua")) {
            throw new IllegalArgumentException("Unexpected engine in script shebang: '" + words[0] + "'");
        }
        Set<String> flags = new LinkedHashSet<>();
        for (String word : Arrays.copyOfRange(words, 1, words.length)) {
            if (!word.startsWith("flags=")) {
                throw new IllegalArgumentException("Unknown lua shebang option: " + word);
            }
            for (String flag : word.substring("flags=".length()).split(",")) {
                if (!flag.isEmpty()) {
                    flags.add(flag.toLowerCase(Locale.ROOT));
                }
            }
        }
        return Collections.unmodifiableSet(flags);
    }

}
