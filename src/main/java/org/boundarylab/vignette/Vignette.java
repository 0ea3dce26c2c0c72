package org.boundarylab.vignette;

import java.util.List;
import java.util.Optional;

/**
 * A case read a segment at a time, with its source and, optionally, the literature it draws on
 * ({@code references}, full citations), a recall question at the end ({@code question}, or null) and
 * who the case is about ({@code people}, {@link People#NONE} when the file names no one).
 */
public record Vignette(
        String id,
        String title,
        String source,
        int difficulty,
        List<String> tags,
        String summary,
        List<Segment> segments,
        List<String> references,
        KnowledgeCheck question,
        People people) {

    /** The boundary dimensions a case can touch (Gutheil and Gabbard); a case's tags are taken from these only. */
    public static final List<String> BOUNDARY_DIMENSIONS = List.of(
            "role", "time", "place", "money", "gifts", "self-disclosure", "physical-contact", "language", "clothing");

    /** A dimension as every screen spells it: "physical contact", "self-disclosure", "money". */
    public static String dimensionLabel(String tag) {
        return tag.equals("self-disclosure") ? tag : tag.replace('-', ' ');
    }

    public Vignette {
        tags = List.copyOf(tags);
        segments = List.copyOf(segments);
        references = List.copyOf(references);
        people = people == null ? People.NONE : people;
    }

    /** The recall question at the end of the case, if it has one. */
    public Optional<KnowledgeCheck> knowledgeCheck() {
        return Optional.ofNullable(question);
    }

    public Optional<Segment> segment(String segmentId) {
        // a loop, not a stream: the scorer looks a segment up for every judgment
        for (Segment s : segments) {
            if (s.id().equals(segmentId)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    public int indexOf(String segmentId) {
        for (int i = 0; i < segments.size(); i++) {
            if (segments.get(i).id().equals(segmentId)) {
                return i;
            }
        }
        return -1;
    }
}
