package com.clinicplatform.dev;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Things to pick at random, some more often than others: {@code new Weighted<String>().add("MILD", 9).add(…)}. */
final class Weighted<T> {

    private final List<T> items = new ArrayList<>();
    private final List<Integer> upTo = new ArrayList<>();
    private int total;

    Weighted<T> add(T item, int weight) {
        total += weight;
        items.add(item);
        upTo.add(total);
        return this;
    }

    T pick(Random random) {
        int drawn = random.nextInt(total);
        for (int i = 0;; i++) {
            if (drawn < upTo.get(i)) {
                return items.get(i);
            }
        }
    }
}
