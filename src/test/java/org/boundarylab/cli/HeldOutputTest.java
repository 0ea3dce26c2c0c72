package org.boundarylab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class HeldOutputTest {

    private static byte[] chunk(int i) {
        return ("chunk " + i + ";").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void output_that_outgrows_memory_is_held_in_a_file_then_released_in_order_and_the_file_deleted() throws Exception {
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        ByteArrayOutputStream target = new ByteArrayOutputStream();
        try (HeldOutput held = new HeldOutput(64)) {
            for (int i = 0; i < 40; i++) {
                held.write(chunk(i));
                expected.write(chunk(i));
            }
            Path file = held.spillFile();
            assertThat(file).exists();
            assertThat(target.size()).isZero();

            held.release(target);
            assertThat(file).doesNotExist();
            for (int i = 40; i < 50; i++) {
                // after release, writes go straight through
                held.write(chunk(i));
                expected.write(chunk(i));
            }
        }
        assertThat(target.toString(StandardCharsets.UTF_8)).isEqualTo(expected.toString(StandardCharsets.UTF_8));
    }

    @Test
    void closing_without_release_drops_what_was_held_and_deletes_the_file() throws Exception {
        HeldOutput held = new HeldOutput(16);
        held.write(new byte[100]);
        Path file = held.spillFile();
        assertThat(file).exists();

        held.close();
        assertThat(file).doesNotExist();
    }

    @Test
    void small_output_stays_in_memory() throws Exception {
        ByteArrayOutputStream target = new ByteArrayOutputStream();
        try (HeldOutput held = new HeldOutput()) {
            held.write(chunk(1));
            assertThat(held.spillFile()).isNull();
            held.release(target);
        }
        assertThat(target.toString(StandardCharsets.UTF_8)).isEqualTo("chunk 1;");
    }
}
