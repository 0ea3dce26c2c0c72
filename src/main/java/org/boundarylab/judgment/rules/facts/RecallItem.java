package org.boundarylab.judgment.rules.facts;

import org.boundarylab.vignette.Characteristic;

/**
 * One characteristic against a recall question (the knowledge check at the end of a case).
 *
 * @param asked whether the question asks for it
 * @param words the answer's words that name it, not under a negation, "; "-joined ("" if none)
 */
public record RecallItem(Characteristic characteristic, boolean asked, String words) {}
