package org.boundarylab.judgment;

import java.util.Map;
import org.boundarylab.vignette.Characteristic;
import org.boundarylab.vignette.People;

/**
 * The message catalogue's texts for other features (the question-bank export words its per-answer
 * feedback with them): a message key, falling back to shorter keys as the rules' feedback does, with
 * the characteristic, the case's people and the facts filled in.
 */
public interface FeedbackMessages {

    String render(String messageKey, Characteristic characteristic, People people, Map<String, String> facts);
}
