package io.unikv.testserver.internal.commands;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link PartialSort} leaves the wanted positions as a full sort would (up to the order
 * of equal elements, which conformance compares with Redis).
 *
 * @author unikv authors
 */
class PartialSortTests {

    @Test
    void wantedPositionsAreSorted() {
        Random random = new Random(7);
        for (int round = 0; round < 300; round++) {
            int size = 1 + random.nextInt(200);
            List<Integer> items = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                items.add(random.nextInt((round % 2 == 0) ? 10 : 1000));
            }
            List<Integer> sorted = new ArrayList<>(items);
            sorted.sort(Comparator.naturalOrder());
            int to = random.nextInt(size);
            PartialSort.sort(items, Comparator.naturalOrder(), 0, to);
            assertThat(items.subList(0, to + 1)).isEqualTo(sorted.subList(0, to + 1));
            assertThat(items).containsExactlyInAnyOrderElementsOf(sorted);
        }
    }

}
