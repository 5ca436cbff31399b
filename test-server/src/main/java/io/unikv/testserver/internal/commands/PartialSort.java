package io.unikv.testserver.internal.commands;

import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * The partial quicksort Redis uses when a geo search returns fewer results than it found
 * (Bentley and McIlroy's three-way quicksort, recursing only into the parts that overlap
 * the wanted range). It is not stable, so results at equal distances come back in the
 * order this exact algorithm leaves them, which is what this class reproduces.
 *
 * @author unikv authors
 */
final class PartialSort {

    private PartialSort() {
    }

    /**
     * Sort a list so that positions {@code from} to {@code to} hold what a full sort
     * would put there.
     * @param <T> the element type
     * @param items the list
     * @param order the order
     * @param from the first position wanted
     * @param to the last position wanted, inclusive
     */
    static <T> void sort(List<T> items, Comparator<? super T> order, int from, int to) {
        sort(items, 0, items.size(), order, from, to);
    }

    private static <T> void sort(List<T> a, int base, int n, Comparator<? super T> cmp, int from, int to) {
        while (true) {
            if (n < 7) {
                for (int m = base + 1; m < base + n; m++) {
                    for (int l = m; l > base && cmp.compare(a.get(l - 1), a.get(l)) > 0; l--) {
                        Collections.swap(a, l, l - 1);
                    }
                }
                return;
            }
            int pivot = pivot(a, base, n, cmp);
            Collections.swap(a, base, pivot);
            T p = a.get(base);
            int pa = base + 1;
            int pb = pa;
            int pc = base + n - 1;
            int pd = pc;
            while (true) {
                int c;
                while (pb <= pc && (c = cmp.compare(a.get(pb), p)) <= 0) {
                    if (c == 0) {
                        Collections.swap(a, pa++, pb);
                    }
                    pb++;
                }
                while (pb <= pc && (c = cmp.compare(a.get(pc), p)) >= 0) {
                    if (c == 0) {
                        Collections.swap(a, pc, pd--);
                    }
                    pc--;
                }
                if (pb > pc) {
                    break;
                }
                Collections.swap(a, pb++, pc--);
            }
            int end = base + n;
            int r = Math.min(pa - base, pb - pa);
            swapRuns(a, base, pb - r, r);
            r = Math.min(pd - pc, end - pd - 1);
            swapRuns(a, pb, end - r, r);
            int lower = pb - pa;
            if (lower > 1 && overlaps(base, base + lower - 1, from, to)) {
                sort(a, base, lower, cmp, from, to);
            }
            int upper = pd - pc;
            if (upper > 1 && overlaps(end - upper, end - 1, from, to)) {
                base = end - upper;
                n = upper;
                continue;
            }
            return;
        }
    }

    private static <T> int pivot(List<T> a, int base, int n, Comparator<? super T> cmp) {
        int m = base + n / 2;
        if (n > 7) {
            int l = base;
            int h = base + n - 1;
            if (n > 40) {
                int d = n / 8;
                l = median(a, l, l + d, l + 2 * d, cmp);
                m = median(a, m - d, m, m + d, cmp);
                h = median(a, h - 2 * d, h - d, h, cmp);
            }
            m = median(a, l, m, h, cmp);
        }
        return m;
    }

    private static <T> int median(List<T> a, int i, int j, int k, Comparator<? super T> cmp) {
        if (cmp.compare(a.get(i), a.get(j)) < 0) {
            return (cmp.compare(a.get(j), a.get(k)) < 0) ? j : (cmp.compare(a.get(i), a.get(k)) < 0) ? k : i;
        }
        return (cmp.compare(a.get(j), a.get(k)) > 0) ? j : (cmp.compare(a.get(i), a.get(k)) < 0) ? i : k;
    }

    private static boolean overlaps(int start, int end, int from, int to) {
        return !((from < start && to < start) || (from > end && to > end));
    }

    private static <T> void swapRuns(List<T> a, int i, int j, int count) {
        for (int k = 0; k < count; k++) {
            Collections.swap(a, i + k, j + k);
        }
    }

}
