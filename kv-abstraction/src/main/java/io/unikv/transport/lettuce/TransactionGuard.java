package io.unikv.transport.lettuce;

import org.jspecify.annotations.Nullable;

/**
 * Keeps the commands of one MULTI/EXEC together across a lost connection: once any of
 * them is replayed, or a command is first written after the MULTI already completed (so
 * it would run outside the transaction), every later command of the group is replaced by
 * {@code PING} and the transaction fails with an unknown outcome.
 *
 * @author unikv authors
 */
final class TransactionGuard {

    private volatile boolean tainted;

    private volatile @Nullable GuardedCommand multi;

    void multi(GuardedCommand multi) {
        this.multi = multi;
    }

    boolean admit(GuardedCommand command) {
        if (this.tainted) {
            return false;
        }
        // Normally every command is encoded before MULTI's reply can arrive (one flush).
        GuardedCommand multi = this.multi;
        if (multi != null && command != multi && multi.future().isDone()) {
            this.tainted = true;
            return false;
        }
        return true;
    }

    void taint() {
        this.tainted = true;
    }

    boolean tainted() {
        return this.tainted;
    }

}
