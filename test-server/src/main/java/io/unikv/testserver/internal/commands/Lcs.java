package io.unikv.testserver.internal.commands;

import java.util.ArrayList;
import java.util.List;

import io.unikv.testserver.internal.engine.Reply;

/**
 * The longest common subsequence of two strings, with the match ranges {@code LCS IDX}
 * reports, computed with Redis's dynamic programme and walked back the same way so the
 * ranges come out in the same order.
 *
 * @author unikv authors
 */
final class Lcs {

    private Lcs() {
    }

    static Reply reply(byte[] a, byte[] b, boolean lenOnly, boolean idx, boolean withMatchLen, long minMatchLen) {
        int[][] table = new int[a.length + 1][b.length + 1];
        for (int i = 1; i <= a.length; i++) {
            for (int j = 1; j <= b.length; j++) {
                table[i][j] = (a[i - 1] == b[j - 1]) ? table[i - 1][j - 1] + 1
                        : Math.max(table[i - 1][j], table[i][j - 1]);
            }
        }
        int length = table[a.length][b.length];
        if (lenOnly) {
            return Reply.integer(length);
        }
        byte[] result = new byte[length];
        List<Reply> matches = new ArrayList<>();
        int unset = a.length;
        int aStart = unset;
        int aEnd = 0;
        int bStart = 0;
        int bEnd = 0;
        int i = a.length;
        int j = b.length;
        int pos = length;
        while (i > 0 && j > 0) {
            boolean emit = false;
            if (a[i - 1] == b[j - 1]) {
                result[--pos] = a[i - 1];
                if (aStart == unset) {
                    aStart = i - 1;
                    aEnd = i - 1;
                    bStart = j - 1;
                    bEnd = j - 1;
                }
                else if (aStart == i && bStart == j) {
                    aStart--;
                    bStart--;
                }
                else {
                    emit = true;
                }
                // a range that reached the start of either string ends here
                emit |= aStart == 0 || bStart == 0;
                i--;
                j--;
            }
            else {
                if (table[i - 1][j] > table[i][j - 1]) {
                    i--;
                }
                else {
                    j--;
                }
                emit = aStart != unset;
            }
            if (emit) {
                long matchLen = aEnd - aStart + 1;
                if (minMatchLen == 0 || matchLen >= minMatchLen) {
                    matches.add(match(aStart, aEnd, bStart, bEnd, withMatchLen, matchLen));
                }
                aStart = unset;
            }
        }
        if (!idx) {
            return Reply.bulk(result);
        }
        return new Reply.MapReply(
                List.of(Reply.bulk("matches"), Reply.array(matches), Reply.bulk("len"), Reply.integer(length)));
    }

    private static Reply match(long aStart, long aEnd, long bStart, long bEnd, boolean withLen, long len) {
        List<Reply> items = new ArrayList<>(3);
        items.add(Reply.array(List.of(Reply.integer(aStart), Reply.integer(aEnd))));
        items.add(Reply.array(List.of(Reply.integer(bStart), Reply.integer(bEnd))));
        if (withLen) {
            items.add(Reply.integer(len));
        }
        return Reply.array(items);
    }

}
