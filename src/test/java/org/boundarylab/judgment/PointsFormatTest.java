package org.boundarylab.judgment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The one way points read, on every screen, in the PDFs, the CSV and the rules' messages. */
class PointsFormatTest {

    @Test
    void whole_points_have_no_decimals_and_others_two() {
        assertThat(PointsFormat.of(3)).isEqualTo("3");
        assertThat(PointsFormat.of(-6)).isEqualTo("-6");
        assertThat(PointsFormat.of(0)).isEqualTo("0");
        assertThat(PointsFormat.of(-0.0)).isEqualTo("0");
        assertThat(PointsFormat.of(0.75)).isEqualTo("0.75");
        assertThat(PointsFormat.of(-1.5)).isEqualTo("-1.50");
        assertThat(PointsFormat.of(2.125)).as("half up").isEqualTo("2.13");
        assertThat(PointsFormat.of(1.0 / 3)).isEqualTo("0.33");
        assertThat(PointsFormat.of(Double.NaN)).isEqualTo("n/a");
    }

    @Test
    void a_decimal_point_whatever_the_locale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertThat(PointsFormat.of(-3.75)).isEqualTo("-3.75");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void what_a_judgment_earned_is_signed_and_labelled() {
        assertThat(PointsFormat.signed(2)).isEqualTo("+2");
        assertThat(PointsFormat.signed(0)).isEqualTo("0");
        assertThat(PointsFormat.signed(-1.5)).isEqualTo("-1.50");
        assertThat(PointsFormat.label(3)).isEqualTo("+3 points");
        assertThat(PointsFormat.label(1)).isEqualTo("+1 point");
        assertThat(PointsFormat.label(-1)).isEqualTo("-1 point");
        assertThat(PointsFormat.label(0.75)).isEqualTo("+0.75 points");
        assertThat(PointsFormat.withUnit(3)).isEqualTo("3 points");
        assertThat(PointsFormat.withUnit(1)).isEqualTo("1 point");
        assertThat(PointsFormat.outOf(2.75, 6)).isEqualTo("2.75 of 6");
    }
}
