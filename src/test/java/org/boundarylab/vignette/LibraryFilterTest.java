package org.boundarylab.vignette;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LibraryFilterTest {

    private static List<LibraryEntry> library;

    @BeforeAll
    static void load() throws Exception {
        library = VignetteDirectory.load(Path.of("seeds/vignettes")).vignettes().stream()
                .map(f -> new LibraryEntry(
                        new VersionedVignette(f.vignette(), 1),
                        f.vignette().id().startsWith("priya") ? "Sue Supervisor" : "Boundary Lab",
                        Instant.EPOCH,
                        false))
                .toList();
    }

    private static List<String> ids(LibraryFilter filter) {
        return library.stream().filter(filter::matches).map(LibraryEntry::id).toList();
    }

    @Test
    void no_criterion_matches_everything() {
        assertThat(ids(LibraryFilter.ALL)).hasSize(library.size());
    }

    @Test
    void text_matches_title_summary_and_segment_text_ignoring_case() {
        assertThat(ids(new LibraryFilter("VIDEO", null, null, null, null))).containsExactly("priya-telehealth");
        assertThat(ids(new LibraryFilter("shopping centre", null, null, null, null)))
                .containsExactly("chloe-exposure-outing");
    }

    @Test
    void criteria_combine() {
        List<String> subtleDoubleBinds = ids(new LibraryFilter(null, Characteristic.DOUBLE_BIND, 3, null, null));
        assertThat(subtleDoubleBinds).isNotEmpty().allSatisfy(id -> {
            Vignette v = library.stream()
                    .filter(e -> e.id().equals(id))
                    .findFirst()
                    .orElseThrow()
                    .vignette();
            assertThat(v.difficulty()).isEqualTo(3);
            assertThat(v.segments()).anyMatch(s -> s.key().contains(Characteristic.DOUBLE_BIND));
        });
        assertThat(ids(new LibraryFilter(null, null, null, "clothing", null))).containsExactly("priya-telehealth");
        assertThat(ids(new LibraryFilter(null, null, null, null, "Sue Supervisor")))
                .containsExactly("priya-telehealth");
        assertThat(ids(new LibraryFilter("shopping", null, 3, null, null))).isEmpty();
    }
}
