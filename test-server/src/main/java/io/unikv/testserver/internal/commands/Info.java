package io.unikv.testserver.internal.commands;

import java.net.InetSocketAddress;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.unikv.testserver.internal.engine.Client;
import io.unikv.testserver.internal.engine.CommandContext;
import io.unikv.testserver.internal.engine.Database;
import io.unikv.testserver.internal.engine.Engine;
import io.unikv.testserver.internal.engine.ReplicationInfo;
import io.unikv.testserver.internal.engine.Reply;

/**
 * {@code INFO}: the sections and fields clients read (server, clients, memory,
 * persistence, stats, replication, cpu, modules, errorstats, cluster, keyspace), in
 * Redis's {@code field:value} format with CRLF line endings.
 *
 * @author unikv authors
 */
final class Info {

    private static final Set<String> DEFAULT = Set.of("server", "clients", "memory", "persistence", "stats",
            "replication", "cpu", "modules", "errorstats", "cluster", "keyspace");

    private Info() {
    }

    static Reply reply(CommandContext ctx) {
        Set<String> sections = new LinkedHashSet<>();
        for (int i = 1; i < ctx.argc(); i++) {
            String name = ctx.text(i).toLowerCase(Locale.ROOT);
            if (name.equals("all") || name.equals("everything") || name.equals("default")) {
                sections.addAll(DEFAULT);
            }
            else {
                sections.add(name);
            }
        }
        if (sections.isEmpty()) {
            sections.addAll(DEFAULT);
        }
        StringBuilder text = new StringBuilder();
        for (String section : new String[] { "server", "clients", "memory", "persistence", "stats", "replication",
                "cpu", "modules", "errorstats", "cluster", "keyspace", "commandstats" }) {
            if (sections.contains(section)) {
                if (text.length() > 0) {
                    text.append("\r\n");
                }
                append(ctx, section, text);
            }
        }
        return new Reply.Verbatim(text.toString());
    }

    private static void append(CommandContext ctx, String section, StringBuilder out) {
        Engine engine = ctx.engine();
        long uptime = Math.max(0, (ctx.now() - engine.startMillis()) / 1000);
        out.append("# ").append(Character.toUpperCase(section.charAt(0))).append(section.substring(1)).append("\r\n");
        switch (section) {
            case "server" -> lines(out, "redis_version:" + ConnectionCommands.VERSION, "redis_git_sha1:00000000",
                    "redis_mode:standalone", "os:" + System.getProperty("os.name") + " unikv", "arch_bits:64",
                    "process_id:" + ProcessHandle.current().pid(), "run_id:" + runId(engine),
                    "tcp_port:" + portOf(ctx.client()), "uptime_in_seconds:" + uptime,
                    "uptime_in_days:" + (uptime / 86400), "hz:10", "executable:unikv-test-server",
                    "unikv_test_server:1");
            case "clients" -> lines(out, "connected_clients:" + engine.clients().size(),
                    "blocked_clients:" + engine.clients().stream().filter(Client::isBlocked).count(),
                    "maxclients:10000");
            case "memory" -> {
                long used = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
                lines(out, "used_memory:" + used, "used_memory_human:" + (used / 1024 / 1024) + "M", "maxmemory:0",
                        "maxmemory_human:0B", "maxmemory_policy:" + engine.config().get("maxmemory-policy"),
                        "mem_allocator:jvm");
            }
            case "persistence" -> lines(out, "loading:0", "async_loading:0", "rdb_changes_since_last_save:0",
                    "rdb_bgsave_in_progress:0", "aof_enabled:0");
            case "stats" -> lines(out, "total_connections_received:" + engine.clients().size(),
                    "total_commands_processed:" + engine.commandsProcessed(), "instantaneous_ops_per_sec:0",
                    "expired_keys:0", "evicted_keys:0", "keyspace_hits:0", "keyspace_misses:0",
                    "pubsub_channels:" + engine.pubSub().activeChannels(false).size(),
                    "pubsub_patterns:" + engine.pubSub().patternCount(),
                    "pubsubshard_channels:" + engine.pubSub().activeChannels(true).size());
            case "replication" -> replication(out, engine);
            case "cpu" -> lines(out, "used_cpu_sys:0.000000", "used_cpu_user:0.000000");
            case "commandstats" -> engine.commandCalls()
                .forEach((name, calls) -> lines(out, "cmdstat_" + name + ":calls=" + calls
                        + ",usec=0,usec_per_call=0.00,rejected_calls=0,failed_calls=0"));
            case "cluster" -> lines(out, "cluster_enabled:0");
            case "keyspace" -> {
                for (int i = 0; i < Engine.DATABASES; i++) {
                    Database db = engine.db(i);
                    if (db.size() > 0) {
                        out.append("db")
                            .append(i)
                            .append(":keys=")
                            .append(db.size())
                            .append(",expires=")
                            .append(db.expiresCount())
                            .append(",avg_ttl=0\r\n");
                    }
                }
            }
            default -> {
                // modules, errorstats and unknown sections are empty, as in Redis
            }
        }
    }

    private static void lines(StringBuilder out, String... lines) {
        for (String line : lines) {
            out.append(line).append("\r\n");
        }
    }

    private static String runId(Engine engine) {
        String hex = Long.toHexString(engine.startMillis()) + Integer.toHexString(System.identityHashCode(engine));
        return (hex + "0".repeat(40)).substring(0, 40);
    }

    private static String portOf(Client client) {
        String local = client.localAddress();
        return local.substring(local.lastIndexOf(':') + 1);
    }

    private static void replication(StringBuilder out, Engine engine) {
        ReplicationInfo replication = engine.replication();
        InetSocketAddress primary = replication.primary();
        long offset = engine.writeOffset();
        if (replication.replica() && primary != null) {
            lines(out, "role:slave", "master_host:" + primary.getHostString(), "master_port:" + primary.getPort(),
                    "master_link_status:" + (replication.linkUp() ? "up" : "down"),
                    "master_last_io_seconds_ago:" + (replication.linkUp() ? 0 : -1), "master_sync_in_progress:0",
                    "slave_read_repl_offset:" + offset, "slave_repl_offset:" + offset, "slave_priority:100",
                    "slave_read_only:1", "replica_announced:1", "connected_slaves:0");
        }
        else {
            List<ReplicationInfo.Replica> replicas = replication.replicas();
            lines(out, "role:master", "connected_slaves:" + replicas.size());
            for (int i = 0; i < replicas.size(); i++) {
                ReplicationInfo.Replica replica = replicas.get(i);
                lines(out, "slave" + i + ":ip=" + replica.address().getHostString() + ",port="
                        + replica.address().getPort() + ",state=" + (replica.linkUp() ? "online" : "wait_bgsave")
                        + ",offset=" + replica.offset() + ",lag=0");
            }
        }
        lines(out, "master_failover_state:no-failover", "master_replid:" + runId(engine),
                "master_replid2:0000000000000000000000000000000000000000", "master_repl_offset:" + offset,
                "second_repl_offset:-1", "repl_backlog_active:" + (replication.replicas().isEmpty() ? 0 : 1));
    }

}
