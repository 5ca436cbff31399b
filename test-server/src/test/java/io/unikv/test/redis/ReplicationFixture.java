package io.unikv.test.redis;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import io.lettuce.core.api.sync.RedisCommands;

/**
 * {@link RedisTopology#REPLICATION}: a primary and one replica.
 *
 * @author unikv authors
 */
final class ReplicationFixture implements RedisFixture, RedisReplication {

    private static final String SYNCED = "MASTER <-> REPLICA sync: Finished with success";

    private static final Duration SYNC_TIMEOUT = Duration.ofSeconds(30);

    private final Resources resources;

    private final RedisServerProcess primary;

    private final RedisServerProcess replica;

    private final RedisCommands<String, String> commands;

    private ReplicationFixture(Resources resources, RedisServerProcess primary, RedisServerProcess replica,
            RedisCommands<String, String> commands) {
        this.resources = resources;
        this.primary = primary;
        this.replica = replica;
        this.commands = commands;
    }

    static ReplicationFixture start(Path binary) {
        Resources resources = new Resources();
        try {
            // Diskless sync otherwise waits 5s for more replicas before sending the
            // snapshot.
            RedisServerProcess primary = resources.add(RedisServerLauncher.start(binary,
                    new ServerSpec("primary", false, List.of("--repl-diskless-sync-delay", "0"), List.of())));
            List<String> replicaOf = List.of("--replicaof", RedisServerProcess.HOST,
                    String.valueOf(primary.node().port()));
            RedisServerProcess replica = resources
                .add(RedisServerLauncher.start(binary, new ServerSpec("replica", false, replicaOf, List.of(SYNCED))));
            replica.awaitLog(SYNCED, SYNC_TIMEOUT);
            AdminClient admin = resources.add(new AdminClient());
            return new ReplicationFixture(resources, primary, replica, admin.connect(primary.node()));
        }
        catch (RuntimeException ex) {
            throw resources.closeAfter(ex);
        }
    }

    @Override
    public RedisNode primary() {
        return this.primary.node();
    }

    @Override
    public RedisNode replica() {
        return this.replica.node();
    }

    @Override
    public void awaitReplicated(Duration timeout) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive, was " + timeout);
        }
        // WAIT only covers this connection's own writes. A PUBLISH is replicated, so it
        // moves this connection's offset up to everything the primary has accepted so
        // far.
        this.commands.publish("io.unikv.test.redis.sync", "");
        long acknowledged = this.commands.waitForReplication(1, Math.max(1, timeout.toMillis()));
        if (acknowledged < 1) {
            throw new IllegalStateException(this.replica.describe() + " did not catch up with "
                    + this.primary.describe() + " within " + timeout + "; replica output:\n" + this.replica.logTail());
        }
    }

    @Override
    public RedisReplication parameter() {
        return this;
    }

    @Override
    public void flushAll() {
        this.commands.flushall();
        awaitReplicated();
    }

    @Override
    public void close() {
        this.resources.close();
    }

}
