package io.unikv.commands;

import java.util.Map;

/**
 * A stream entry: its ID and its fields and values as text, in the order Redis stores
 * them (a later duplicate field wins).
 *
 * @param id the entry ID, {@code <ms>-<seq>}
 * @param fields the fields and values; empty for an entry still pending in a consumer
 * group but deleted from the stream (as {@code XREADGROUP} reports it when reading a
 * consumer's history)
 * @author unikv authors
 */
public record StreamEntry(String id, Map<String, String> fields) {

}
