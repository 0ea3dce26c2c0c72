package org.boundarylab.review;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Draws a calibration sample: the candidates in id order, shuffled by {@link Random} with the round's
 * seed (its algorithm is fixed by the JDK's specification, so the same candidates and seed give the same
 * sample on any machine), the first {@code size} kept, all of them if there are fewer. The shuffled
 * order is the order raters read in, so neighbours in a session are not read side by side.
 */
final class Sample {

    private Sample() {}

    static List<Long> draw(List<Long> candidates, int size, long seed) {
        List<Long> ordered = new ArrayList<>(candidates);
        Collections.sort(ordered);
        Collections.shuffle(ordered, new Random(seed));
        return List.copyOf(ordered.subList(0, Math.min(size, ordered.size())));
    }
}
