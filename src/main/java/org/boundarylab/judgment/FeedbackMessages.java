package org.boundarylab.judgment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.boundarylab.base.InvalidInputException;
import org.boundarylab.judgment.rules.MessageCatalog;
import org.boundarylab.judgment.rules.RuleBaseLoader;
import org.boundarylab.vignette.Characteristic;
import org.boundarylab.vignette.People;

/**
 * The message catalogue's texts for other features (the question-bank export words its per-answer
 * feedback with them): a message key, falling back to shorter keys as the rules' feedback does, with
 * the characteristic, the case's people and the facts filled in.
 */
public interface FeedbackMessages {

    String render(String messageKey, Characteristic characteristic, People people, Map<String, String> facts);

    /** The catalogue in a rules folder, read without compiling the rules (the command line's way). */
    static FeedbackMessages inFolder(Path rulesDir) throws IOException, InvalidInputException {
        Path file = rulesDir.resolve(RuleBaseLoader.MESSAGES);
        return MessageCatalog.parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    }
}
