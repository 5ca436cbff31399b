package io.unikv.commands;

import java.util.List;

/**
 * What a pop over several sorted sets returned: the key it popped from and the members
 * with their scores. {@code ZMPOP} and {@code BZMPOP} return up to their count of
 * members; {@code BZPOPMIN} and {@code BZPOPMAX} exactly one.
 *
 * @param key the key the members were popped from
 * @param members the popped members, in pop order (lowest first for {@code MIN}, highest
 * first for {@code MAX}); never empty
 * @author unikv authors
 */
public record ZPopResult(String key, List<ScoredValue<String>> members) {

    /**
     * Copy the members.
     * @throws IllegalArgumentException if there are no members (Redis replies nil
     * instead)
     */
    public ZPopResult {
        members = List.copyOf(members);
        if (members.isEmpty()) {
            throw new IllegalArgumentException("A pop result has at least one member");
        }
    }

    /**
     * Return the first popped member, the only one for {@code BZPOPMIN} and
     * {@code BZPOPMAX}.
     * @return the member with its score
     */
    public ScoredValue<String> first() {
        return this.members.get(0);
    }

}
