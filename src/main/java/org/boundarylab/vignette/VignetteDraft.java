package org.boundarylab.vignette;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A vignette being written: every field editable and possibly invalid. {@link VignetteWriter}
 * turns it into the seed format and {@link VignetteReader} validates that text, so the editor and
 * the loader apply exactly the same rules.
 */
public final class VignetteDraft {

    public String id = "";
    public String title = "";
    public String source = "";
    public int difficulty = 2;
    public List<String> tags = new ArrayList<>();
    public String summary = "";
    public List<SegmentDraft> segments = new ArrayList<>();
    public List<String> references = new ArrayList<>();
    public String questionText = "";
    public Set<Characteristic> questionExpects = EnumSet.noneOf(Characteristic.class);
    /** Who the case is about (people:); a person with neither a name nor pronouns is not written. */
    public String clientName = "";

    public Pronouns clientPronouns;
    public String professionalName = "";
    public Pronouns professionalPronouns;

    /** One segment being written. */
    public static final class SegmentDraft {
        public String id = "";
        public String text = "";
        public Set<Characteristic> key = EnumSet.noneOf(Characteristic.class);
        public Map<Characteristic, List<String>> cues = new EnumMap<>(Characteristic.class);
        public String explanation = "";
        public Control control;

        /** The cues of the characteristics in the key, in the enum's order; cues of others are dropped. */
        public Map<Characteristic, List<String>> cuesInKey() {
            Map<Characteristic, List<String>> kept = new EnumMap<>(Characteristic.class);
            key.forEach(c -> kept.put(c, cues.getOrDefault(c, List.of())));
            return kept;
        }
    }

    public static VignetteDraft empty() {
        VignetteDraft draft = new VignetteDraft();
        draft.segments.add(new SegmentDraft());
        draft.segments.getFirst().id = "s1";
        return draft;
    }

    public static VignetteDraft of(Vignette v) {
        VignetteDraft draft = new VignetteDraft();
        draft.id = v.id();
        draft.title = v.title();
        draft.source = v.source();
        draft.difficulty = v.difficulty();
        draft.tags = new ArrayList<>(v.tags());
        draft.summary = v.summary();
        draft.references = new ArrayList<>(v.references());
        v.knowledgeCheck().ifPresent(q -> {
            draft.questionText = q.text();
            draft.questionExpects =
                    q.expects().isEmpty() ? EnumSet.noneOf(Characteristic.class) : EnumSet.copyOf(q.expects());
        });
        v.people().clientPerson().ifPresent(p -> {
            draft.clientName = p.name();
            draft.clientPronouns = p.pronouns();
        });
        v.people().professionalPerson().ifPresent(p -> {
            draft.professionalName = p.name();
            draft.professionalPronouns = p.pronouns();
        });
        for (Segment s : v.segments()) {
            SegmentDraft d = new SegmentDraft();
            d.id = s.id();
            d.text = s.text();
            d.key = s.key().isEmpty() ? EnumSet.noneOf(Characteristic.class) : EnumSet.copyOf(s.key());
            s.cues().forEach((c, phrases) -> d.cues.put(c, new ArrayList<>(phrases)));
            d.explanation = s.explanation();
            d.control = s.control();
            draft.segments.add(d);
        }
        return draft;
    }

    /** Whether the client is given at all (a name or pronouns); the loader says what is missing. */
    public boolean hasClient() {
        return !clientName.isBlank() || clientPronouns != null;
    }

    public boolean hasProfessional() {
        return !professionalName.isBlank() || professionalPronouns != null;
    }

    /** The next free segment id of the form s1, s2, ... */
    public String nextSegmentId() {
        int n = segments.size() + 1;
        while (true) {
            String candidate = "s" + n;
            if (segments.stream().noneMatch(s -> s.id.equals(candidate))) {
                return candidate;
            }
            n++;
        }
    }
}
