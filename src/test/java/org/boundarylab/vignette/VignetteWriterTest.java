package org.boundarylab.vignette;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class VignetteWriterTest {

    static Stream<VignetteDirectory.LoadedFile> seeds() throws Exception {
        return VignetteDirectory.load(Path.of("seeds/vignettes")).vignettes().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void every_seed_written_out_reads_back_as_the_same_vignette(VignetteDirectory.LoadedFile seed) throws Exception {
        String written = VignetteWriter.write(seed.vignette());
        Vignette readBack = VignetteReader.read(written, seed.vignette().id() + ".yaml");
        assertThat(readBack).isEqualTo(seed.vignette());
        assertThat(VignetteWriter.write(readBack)).as("writing is stable").isEqualTo(written);
    }

    @Test
    void awkward_text_survives_the_round_trip() throws Exception {
        VignetteDraft draft = VignetteDraft.empty();
        draft.id = "awkward";
        draft.title = "Quotes \" and back\\slashes: # not a comment";
        draft.source = "yes";
        // tags are only the documented dimensions now; a list of awkward scalars goes through the references
        draft.tags = List.of("place");
        draft.references = List.of("no", "1st", "true");
        draft.summary = "Two  spaces, a tab\there, a line\nbreak, <script>alert(1)</script> and emoji \uD83D\uDE42.";
        VignetteDraft.SegmentDraft s = draft.segments.getFirst();
        s.text = "- starts like a list item: and has a colon, then goes on long enough to be folded as a block of text"
                + " that wraps over more than one line when it is written out by the writer";
        s.key = EnumSet.of(Characteristic.SECRECY);
        s.cues.put(Characteristic.SECRECY, List.of("has a colon"));
        s.explanation = "null";
        Vignette v = VignetteReader.read(VignetteWriter.write(draft), "awkward.yaml");
        assertThat(v.title()).isEqualTo(draft.title);
        assertThat(v.source()).isEqualTo("yes");
        assertThat(v.tags()).containsExactly("place");
        assertThat(v.references()).containsExactly("no", "1st", "true");
        assertThat(v.summary()).isEqualTo(draft.summary);
        assertThat(v.segments().getFirst().text()).isEqualTo(s.text);
        assertThat(v.segments().getFirst().explanation()).isEqualTo("null");
    }

    @Test
    void people_are_written_and_read_back_either_alone_or_both() throws Exception {
        VignetteDraft draft = VignetteDraft.of(VignetteReader.read(VignetteReaderTest.mary(), "mary-after-hours.yaml"));
        assertThat(VignetteWriter.write(draft))
                .contains("people:\n  client: {name: Mary, pronouns: she}\n"
                        + "  professional: {name: Russ, pronouns: he}\nsegments:\n");
        draft.clientName = "";
        draft.clientPronouns = null;
        draft.professionalName = "Ms O'Neil: \"the counsellor\"";
        draft.professionalPronouns = Pronouns.THEY;
        Vignette v = VignetteReader.read(VignetteWriter.write(draft), "mary-after-hours.yaml");
        assertThat(v.people()).isEqualTo(new People(null, new Person("Ms O'Neil: \"the counsellor\"", Pronouns.THEY)));
        draft.professionalName = "";
        draft.professionalPronouns = null;
        assertThat(VignetteWriter.write(draft)).doesNotContain("people:");
        assertThat(VignetteReader.read(VignetteWriter.write(draft), "mary-after-hours.yaml")
                        .people())
                .isEqualTo(People.NONE);
    }

    @Test
    void a_person_half_given_in_the_editor_is_written_so_the_loader_names_what_is_missing() {
        VignetteDraft draft = VignetteDraft.empty();
        draft.clientPronouns = Pronouns.SHE;
        assertThatThrownBy(() -> VignetteReader.read(VignetteWriter.write(draft), "x.yaml"))
                .isInstanceOfSatisfying(org.boundarylab.base.InvalidInputException.class, e -> assertThat(e.problems())
                        .anyMatch(p -> p.field().equals("people.client.name")));
    }

    @Test
    void cues_of_characteristics_taken_out_of_the_key_are_not_written() throws Exception {
        VignetteDraft draft = VignetteDraft.empty();
        VignetteDraft.SegmentDraft s = draft.segments.getFirst();
        s.cues.put(Characteristic.SECRECY, List.of("anything"));
        assertThat(VignetteWriter.write(draft)).contains("cues: {}").doesNotContain("anything");
    }
}
