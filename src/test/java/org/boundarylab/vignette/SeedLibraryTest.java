package org.boundarylab.vignette;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shipped library must keep teaching discrimination: these counts cannot silently shrink. */
class SeedLibraryTest {

    private static List<Vignette> library;

    @BeforeAll
    static void load() throws Exception {
        VignetteDirectory.Loaded loaded = VignetteDirectory.load(Path.of("seeds/vignettes"));
        assertThat(loaded.problems()).as("problems in seeds/vignettes").isEmpty();
        library = loaded.vignettes().stream()
                .map(VignetteDirectory.LoadedFile::vignette)
                .toList();
    }

    private static List<Segment> segments() {
        return library.stream().flatMap(v -> v.segments().stream()).toList();
    }

    @Test
    void there_are_at_least_twelve_vignettes() {
        assertThat(library).hasSizeGreaterThanOrEqualTo(12);
    }

    @Test
    void each_characteristic_is_present_in_at_least_five_segments() {
        for (Characteristic c : Characteristic.values()) {
            assertThat(segments().stream().filter(s -> s.key().contains(c)).count())
                    .as(c.name())
                    .isGreaterThanOrEqualTo(5);
        }
    }

    @Test
    void at_least_six_segments_show_only_the_normal_imbalance_and_six_a_harmless_crossing() {
        Map<Control, Long> controls = segments().stream()
                .filter(s -> s.control() != null)
                .collect(Collectors.groupingBy(Segment::control, Collectors.counting()));
        assertThat(controls.getOrDefault(Control.NORMAL_IMBALANCE, 0L)).isGreaterThanOrEqualTo(6);
        assertThat(controls.getOrDefault(Control.CROSSING, 0L)).isGreaterThanOrEqualTo(6);
    }

    @Test
    void every_segment_without_a_violation_says_whether_it_is_the_normal_imbalance_or_a_crossing() {
        assertThat(segments())
                .filteredOn(Segment::showsNoViolation)
                .allSatisfy(s -> assertThat(s.control()).as(s.id()).isNotNull());
    }

    @Test
    void difficulty_is_spread_over_all_three_levels() {
        Map<Integer, Long> byLevel =
                library.stream().collect(Collectors.groupingBy(Vignette::difficulty, Collectors.counting()));
        assertThat(byLevel.keySet()).containsExactlyInAnyOrder(1, 2, 3);
        assertThat(byLevel.values()).allMatch(n -> n >= 3);
    }

    @Test
    void every_vignette_is_tagged_with_the_boundary_dimensions_it_touches() {
        assertThat(library)
                .allSatisfy(v -> assertThat(v.tags()).as(v.id()).containsAnyElementsOf(Vignette.BOUNDARY_DIMENSIONS));
        Map<String, Long> tagUse = library.stream()
                .flatMap(v -> v.tags().stream())
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(tagUse.keySet())
                .as("every dimension is touched somewhere")
                .containsAll(Vignette.BOUNDARY_DIMENSIONS);
    }

    @Test
    void every_vignette_cites_its_source_and_the_four_characteristics_literature() {
        assertThat(library).allSatisfy(v -> {
            assertThat(v.source()).as(v.id()).contains("Peterson");
            assertThat(v.references()).as(v.id()).isNotEmpty();
        });
    }
}
