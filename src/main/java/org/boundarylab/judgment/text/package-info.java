/** Reading a trainee's free-text rationale: stemming, phrase lookup in the cue lexicon, negation. */
package org.boundarylab.judgment.text;
