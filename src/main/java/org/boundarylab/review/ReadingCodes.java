package org.boundarylab.review;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.boundarylab.vignette.Characteristic;

/** A reading as stored: the characteristics' codes in the order of the four, joined by ',' ("" for none). */
final class ReadingCodes {

    private ReadingCodes() {}

    static String of(Set<Characteristic> reading) {
        return reading.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    static Set<Characteristic> parse(String stored) {
        Set<Characteristic> reading = EnumSet.noneOf(Characteristic.class);
        if (stored != null && !stored.isBlank()) {
            for (String code : stored.split(",")) {
                reading.add(Characteristic.valueOf(code.strip()));
            }
        }
        return reading;
    }
}
