package io.unikv.test.redis;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What to start: a role name for messages and logs, whether the server joins a cluster,
 * extra {@code redis-server} arguments and the log markers to watch for.
 *
 * @param role a short name such as {@code primary}, used in messages
 * @param cluster whether to enable cluster mode with its own bus port
 * @param args extra arguments appended to the common ones
 * @param markers log markers to wait for after startup (see {@link ServerLog})
 * @author unikv authors
 */
record ServerSpec(String role, boolean cluster, List<String> args, List<String> markers) {

    ServerSpec {
        args = List.copyOf(args);
        markers = List.copyOf(markers);
    }

    /**
     * Builds the command line for one attempt.
     * @param binary the {@code redis-server} executable
     * @param dir the temporary working directory
     * @param port the client port
     * @param busPort the cluster bus port, ignored unless {@link #cluster()}
     * @return the command
     */
    List<String> command(Path binary, Path dir, int port, int busPort) {
        List<String> command = new ArrayList<>(List.of(binary.toString(), "--port", String.valueOf(port), "--bind",
                RedisServerProcess.HOST, "--daemonize", "no", "--save", "", "--appendonly", "no", "--dir",
                dir.toString(), "--enable-debug-command", "local"));
        if (this.cluster) {
            command.addAll(List.of("--cluster-enabled", "yes", "--cluster-config-file",
                    dir.resolve("nodes.conf").toString(), "--cluster-port", String.valueOf(busPort),
                    "--cluster-node-timeout", "3000", "--cluster-announce-ip", RedisServerProcess.HOST));
        }
        command.addAll(this.args);
        return command;
    }

}
