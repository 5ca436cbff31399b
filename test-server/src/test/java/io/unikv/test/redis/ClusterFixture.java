package io.unikv.test.redis;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.lettuce.core.api.sync.RedisCommands;

/**
 * {@link RedisTopology#CLUSTER}: three masters without replicas.
 *
 * @author unikv authors
 */
final class ClusterFixture implements RedisFixture, RedisCluster {

    private final Resources resources;

    private final List<RedisNode> nodes;

    private final List<RedisCommands<String, String>> admin;

    private ClusterFixture(Resources resources, List<RedisNode> nodes, List<RedisCommands<String, String>> admin) {
        this.resources = resources;
        this.nodes = List.copyOf(nodes);
        this.admin = List.copyOf(admin);
    }

    static ClusterFixture start(Path binary) {
        Resources resources = new Resources();
        try {
            List<RedisServerProcess> servers = new ArrayList<>();
            for (int i = 0; i < ClusterBootstrap.SLOTS.size(); i++) {
                ServerSpec spec = new ServerSpec("cluster node " + i, true, List.of(),
                        List.of(ClusterBootstrap.STATE_OK));
                servers.add(resources.add(RedisServerLauncher.start(binary, spec)));
            }
            List<RedisNode> nodes = servers.stream().map(RedisServerProcess::node).toList();
            AdminClient client = resources.add(new AdminClient());
            List<RedisCommands<String, String>> admin = nodes.stream().map(client::connect).toList();
            ClusterBootstrap.form(servers, admin);
            return new ClusterFixture(resources, nodes, admin);
        }
        catch (RuntimeException ex) {
            throw resources.closeAfter(ex);
        }
    }

    @Override
    public List<RedisNode> nodes() {
        return this.nodes;
    }

    @Override
    public RedisCluster parameter() {
        return this;
    }

    @Override
    public void flushAll() {
        this.admin.forEach(RedisCommands::flushall);
    }

    @Override
    public void close() {
        this.resources.close();
    }

}
