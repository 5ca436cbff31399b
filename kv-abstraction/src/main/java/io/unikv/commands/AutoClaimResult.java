package io.unikv.commands;

import java.util.List;

/**
 * The reply of {@code XAUTOCLAIM}.
 *
 * @param nextStart the ID to pass as start to continue the scan, {@code 0-0} when the
 * scan is complete
 * @param claimed the entries claimed
 * @param deletedIds IDs that were pending but whose entries no longer exist: Redis
 * removed them from the pending list (Redis 7.0 and later)
 * @author unikv authors
 */
public record AutoClaimResult(String nextStart, List<StreamEntry> claimed, List<String> deletedIds) {

}
