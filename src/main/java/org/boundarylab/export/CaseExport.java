package org.boundarylab.export;

import java.util.Arrays;
import java.util.Optional;
import org.boundarylab.judgment.FeedbackMessages;
import org.boundarylab.vignette.Vignette;

/** A case as a file Moodle imports: Moodle XML or GIFT. */
public final class CaseExport {

    private CaseExport() {}

    public enum Format {
        MOODLE_XML("moodle-xml", "-moodle.xml", "application/xml"),
        GIFT("gift", "-gift.txt", "text/plain");

        private final String code;
        private final String suffix;
        private final String mediaType;

        Format(String code, String suffix, String mediaType) {
            this.code = code;
            this.suffix = suffix;
            this.mediaType = mediaType;
        }

        /** As given to {@code --format}. */
        public String code() {
            return code;
        }

        public String mediaType() {
            return mediaType;
        }

        public static Optional<Format> fromCode(String code) {
            return Arrays.stream(values()).filter(f -> f.code.equals(code)).findFirst();
        }
    }

    public record ExportedCase(String fileName, String mediaType, String content) {}

    public static ExportedCase export(Vignette vignette, FeedbackMessages messages, Format format) {
        CaseQuestions questions = CaseQuestions.of(vignette, messages);
        String content = format == Format.GIFT ? Gift.write(questions) : MoodleXml.write(questions);
        return new ExportedCase(vignette.id() + format.suffix, format.mediaType, content);
    }
}
