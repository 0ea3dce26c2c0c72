package org.boundarylab.report;

import org.boundarylab.vignette.Vignette;

/**
 * How a report names a case and a segment to people: "Mary: the last appointment of the day",
 * "segment 2", never the ids a file uses ("mary-after-hours", "s2"). The ids stay in the CSV and
 * the JSON, where programs read them.
 */
public record ItemName(String caseTitle, String segment) {

    public static ItemName of(Vignette vignette, String segmentId) {
        int index = vignette.indexOf(segmentId);
        return new ItemName(vignette.title(), index < 0 ? segmentId : "segment " + (index + 1));
    }

    /** For a judgment whose case revision is gone: the ids are all there is. */
    public static ItemName ofIds(String vignetteId, String segmentId) {
        return new ItemName(vignetteId, segmentId);
    }

    /** "Mary: the last appointment of the day, segment 2". */
    public String label() {
        return caseTitle + ", " + segment;
    }
}
