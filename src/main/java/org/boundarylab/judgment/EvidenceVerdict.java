package org.boundarylab.judgment;

/** How the trainee's highlighted phrases relate to the expert's cue phrases. */
public enum EvidenceVerdict {
    /** A highlight is on a cue of a present characteristic (see rules/evidence.drl). */
    CITED,
    /** Highlights were given, none on a cue (every highlight, where nothing is present). */
    OFF_TARGET,
    /** Nothing highlighted where something was present. */
    MISSING,
    /** Nothing highlighted and nothing present. */
    NONE_NEEDED
}
