package io.unikv.testserver.internal.engine;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The settings {@code CONFIG GET} reports and {@code CONFIG SET} changes: the ones
 * clients read or touch, with Redis 7.0's defaults. Engine thread only.
 *
 * @author unikv authors
 */
public final class ServerConfig {

    private final Map<String, String> values = new LinkedHashMap<>();

    ServerConfig() {
        this.values.put("databases", "16");
        this.values.put("maxmemory", "0");
        this.values.put("maxmemory-policy", "noeviction");
        this.values.put("maxclients", "10000");
        this.values.put("timeout", "0");
        this.values.put("tcp-keepalive", "300");
        this.values.put("save", "");
        this.values.put("appendonly", "no");
        this.values.put("notify-keyspace-events", "");
        this.values.put("proto-max-bulk-len", "536870912");
        this.values.put("hz", "10");
        this.values.put("busy-reply-threshold", "5000");
        this.values.put("lua-time-limit", "5000");
        this.values.put("slowlog-log-slower-than", "10000");
        this.values.put("slowlog-max-len", "128");
        this.values.put("list-max-listpack-size", "-2");
        this.values.put("hash-max-listpack-entries", "512");
        this.values.put("hash-max-listpack-value", "64");
        this.values.put("set-max-intset-entries", "512");
        this.values.put("zset-max-listpack-entries", "128");
        this.values.put("zset-max-listpack-value", "64");
        this.values.put("cluster-enabled", "no");
        this.values.put("replica-read-only", "yes");
        this.values.put("lazyfree-lazy-user-flush", "no");
    }

    /**
     * Return every setting whose name matches a glob pattern (case-insensitive).
     * @param pattern the pattern
     * @return names and values, alternating
     */
    public List<String> matching(String pattern) {
        List<String> result = new ArrayList<>();
        byte[] glob = pattern.getBytes(StandardCharsets.UTF_8);
        for (Map.Entry<String, String> entry : this.values.entrySet()) {
            if (Glob.matches(glob, entry.getKey().getBytes(StandardCharsets.UTF_8), true)) {
                result.add(entry.getKey());
                result.add(entry.getValue());
            }
        }
        return result;
    }

    /**
     * Return whether a setting exists.
     * @param name the lower-case name
     * @return whether it exists
     */
    public boolean has(String name) {
        return this.values.containsKey(name);
    }

    /**
     * Change a setting.
     * @param name the lower-case name, which must exist
     * @param value the value
     */
    public void set(String name, String value) {
        this.values.put(name, value);
    }

    /**
     * Return a setting.
     * @param name the name
     * @return the value, or {@code null}
     */
    public String get(String name) {
        return this.values.get(name);
    }

}
