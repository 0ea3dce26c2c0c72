package org.boundarylab.review.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import org.boundarylab.judgment.CorrectedReading;
import org.boundarylab.vignette.Characteristic;

/** How the review screens say readings, certainty and times. */
final class Words {

    static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm").withZone(ZoneId.systemDefault());

    private Words() {}

    /** "Double bind and secrecy", "None of the four". */
    static String reading(Set<Characteristic> reading) {
        String words = CorrectedReading.words(reading);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    static String certainty(Integer confidence) {
        if (confidence == null) {
            return "not given";
        }
        return switch (confidence) {
            case 1 -> "guessing";
            case 2 -> "fairly sure";
            default -> "certain";
        };
    }
}
