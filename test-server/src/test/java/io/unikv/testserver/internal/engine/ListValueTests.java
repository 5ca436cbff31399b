package io.unikv.testserver.internal.engine;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ListValue}: the ring buffer against a plain list model, through
 * wrap-around, growth, shrinking and the O(n) edits.
 *
 * @author unikv authors
 */
class ListValueTests {

    @Test
    void behavesLikeAListThroughRandomOperations() {
        Random random = new Random(42);
        ListValue list = new ListValue();
        List<String> model = new ArrayList<>();
        for (int step = 0; step < 20_000; step++) {
            int op = random.nextInt(10);
            String element = Integer.toString(random.nextInt(50));
            switch (op) {
                case 0, 1 -> {
                    list.addFirst(bytes(element));
                    model.add(0, element);
                }
                case 2, 3 -> {
                    list.addLast(bytes(element));
                    model.add(element);
                }
                case 4 -> {
                    if (!model.isEmpty()) {
                        assertThat(text(list.remove(true))).isEqualTo(model.remove(0));
                    }
                }
                case 5 -> {
                    if (!model.isEmpty()) {
                        assertThat(text(list.remove(false))).isEqualTo(model.remove(model.size() - 1));
                    }
                }
                case 6 -> {
                    int index = random.nextInt(model.size() + 1);
                    list.insert(index, bytes(element));
                    model.add(index, element);
                }
                case 7 -> {
                    if (!model.isEmpty()) {
                        int index = random.nextInt(model.size());
                        list.set(index, bytes(element));
                        model.set(index, element);
                    }
                }
                case 8 -> {
                    boolean fromTail = random.nextBoolean();
                    int limit = random.nextInt(3);
                    int removed = list.removeEqual(bytes(element), limit, fromTail);
                    assertThat(removed).isEqualTo(removeFromModel(model, element, limit, fromTail));
                }
                default -> {
                    if (random.nextInt(20) == 0 && !model.isEmpty()) {
                        int start = random.nextInt(model.size());
                        int end = start + random.nextInt(model.size() - start);
                        list.retain(start, end);
                        List<String> kept = new ArrayList<>(model.subList(start, end + 1));
                        model.clear();
                        model.addAll(kept);
                    }
                }
            }
            assertThat(list.size()).isEqualTo(model.size());
        }
        assertThat(texts(list.range(0, list.size() - 1))).isEqualTo(model);
    }

    @Test
    void growsToManyElementsAndDrains() {
        ListValue list = new ListValue();
        for (int i = 0; i < 200_000; i++) {
            list.addFirst(bytes(Integer.toString(i)));
        }
        assertThat(text(list.get(0))).isEqualTo("199999");
        assertThat(text(list.get(199_999))).isEqualTo("0");
        assertThat(list.remove(true, 199_998)).hasSize(199_998);
        assertThat(texts(list.range(0, 1))).containsExactly("1", "0");
        assertThat(list.indexOf(bytes("0"))).isEqualTo(1);
    }

    @Test
    void copyIsIndependent() {
        ListValue list = new ListValue();
        list.addLast(bytes("a"));
        ListValue copy = (ListValue) list.copy();
        copy.addLast(bytes("b"));
        assertThat(list.size()).isOne();
        assertThat(copy.size()).isEqualTo(2);
        assertThat(copy.creation()).isGreaterThan(list.creation());
        assertThat(list.encoding()).isEqualTo("quicklist");
        assertThat(list.type()).isEqualTo(Values.LIST);
    }

    private static int removeFromModel(List<String> model, String element, int limit, boolean fromTail) {
        int removed = 0;
        if (fromTail) {
            for (int i = model.size() - 1; i >= 0 && (limit == 0 || removed < limit); i--) {
                if (model.get(i).equals(element)) {
                    model.remove(i);
                    removed++;
                }
            }
        }
        else {
            for (int i = 0; i < model.size() && (limit == 0 || removed < limit);) {
                if (model.get(i).equals(element)) {
                    model.remove(i);
                    removed++;
                }
                else {
                    i++;
                }
            }
        }
        return removed;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static List<String> texts(List<byte[]> items) {
        return items.stream().map(ListValueTests::text).toList();
    }

}
