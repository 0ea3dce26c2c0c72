package org.boundarylab.session;

import java.util.EnumMap;
import java.util.Map;
import org.boundarylab.vignette.Characteristic;

/** How the room judged one segment: how many answered, and how many marked each characteristic or none. */
public record RoomDistribution(int answered, int joined, Map<Characteristic, Integer> marked, int none) {

    public RoomDistribution {
        Map<Characteristic, Integer> all = new EnumMap<>(Characteristic.class);
        for (Characteristic c : Characteristic.values()) {
            all.put(c, marked.getOrDefault(c, 0));
        }
        marked = Map.copyOf(all);
    }

    public int count(Characteristic c) {
        return marked.get(c);
    }
}
