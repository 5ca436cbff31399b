package io.unikv.testserver.internal.engine;

import java.util.List;

/**
 * Counts the nodes of Redis's radix tree (rax) over a sorted set of equal-length keys:
 * the head, one compressed node per chain of single-child positions, one node per
 * branching position and one per key. Stateless.
 *
 * @author unikv authors
 */
final class RadixCount {

    private static final int KEY_LENGTH = 16;

    private RadixCount() {
    }

    static byte[] key(StreamId id) {
        byte[] key = new byte[KEY_LENGTH];
        for (int i = 0; i < 8; i++) {
            key[i] = (byte) (id.ms() >>> (56 - 8 * i));
            key[8 + i] = (byte) (id.seq() >>> (56 - 8 * i));
        }
        return key;
    }

    /**
     * Count the nodes for keys sorted ascending.
     * @param keys the keys
     * @return the node count, 1 (the head) when empty
     */
    static int count(List<byte[]> keys) {
        return keys.isEmpty() ? 1 : count(keys, 0);
    }

    private static int count(List<byte[]> keys, int depth) {
        if (depth == KEY_LENGTH) {
            return 1;
        }
        int shared = depth;
        byte[] first = keys.get(0);
        byte[] last = keys.get(keys.size() - 1);
        while (shared < KEY_LENGTH && first[shared] == last[shared]) {
            shared++;
        }
        if (shared == KEY_LENGTH) {
            return 2;
        }
        return ((shared > depth) ? 1 : 0) + branch(keys, shared);
    }

    private static int branch(List<byte[]> keys, int depth) {
        int total = 1;
        int start = 0;
        for (int i = 1; i <= keys.size(); i++) {
            if (i == keys.size() || keys.get(i)[depth] != keys.get(start)[depth]) {
                total += count(keys.subList(start, i), depth + 1);
                start = i;
            }
        }
        return total;
    }

}
