package io.unikv.test.redis;

import java.nio.file.Path;
import java.util.List;

import io.lettuce.core.api.sync.RedisCommands;

/**
 * {@link RedisTopology#STANDALONE}: one server.
 *
 * @author unikv authors
 */
final class StandaloneFixture implements RedisFixture {

    private final Resources resources;

    private final RedisNode node;

    private final RedisCommands<String, String> commands;

    private StandaloneFixture(Resources resources, RedisNode node, RedisCommands<String, String> commands) {
        this.resources = resources;
        this.node = node;
        this.commands = commands;
    }

    static StandaloneFixture start(Path binary) {
        Resources resources = new Resources();
        try {
            ServerSpec spec = new ServerSpec("standalone", false, List.of(), List.of());
            RedisNode node = resources.add(RedisServerLauncher.start(binary, spec)).node();
            AdminClient admin = resources.add(new AdminClient());
            return new StandaloneFixture(resources, node, admin.connect(node));
        }
        catch (RuntimeException ex) {
            throw resources.closeAfter(ex);
        }
    }

    @Override
    public RedisNode parameter() {
        return this.node;
    }

    @Override
    public void flushAll() {
        this.commands.flushall();
    }

    @Override
    public void close() {
        this.resources.close();
    }

}
