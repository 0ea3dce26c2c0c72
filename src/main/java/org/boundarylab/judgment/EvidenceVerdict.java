package org.boundarylab.judgment;

/** How the trainee's highlighted phrases relate to the expert's cue phrases. */
public enum EvidenceVerdict {
    /** A highlight overlaps a cue of a present characteristic. */
    CITED,
    /** Highlights were given, none on a cue. */
    OFF_TARGET,
    /** Nothing highlighted where something was present. */
    MISSING,
    /** Nothing highlighted and nothing present. */
    NONE_NEEDED
}
