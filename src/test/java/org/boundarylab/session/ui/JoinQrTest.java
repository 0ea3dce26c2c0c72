package org.boundarylab.session.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The join screen's QR code, read back by a QR reader from the SVG the page shows. */
class JoinQrTest {

    @Test
    void the_svg_on_the_join_screen_reads_back_as_the_join_address_with_the_code() throws Exception {
        String url = JoinAddress.joinUrl("https://seminar.example.org/boundary/", "K7U4VV");
        assertThat(url).isEqualTo("https://seminar.example.org/boundary/sessions?code=K7U4VV");
        String dataUrl = JoinQr.dataUrl(url);
        assertThat(dataUrl).startsWith("data:image/svg+xml;base64,");
        String svg = new String(
                Base64.getDecoder().decode(dataUrl.substring(dataUrl.indexOf(',') + 1)), StandardCharsets.UTF_8);
        assertThat(decode(svg)).isEqualTo(url);
        assertThat(svg).doesNotContain("<script");
    }

    @Test
    void only_addresses_of_this_computer_are_flagged_for_the_room() {
        assertThat(JoinAddress.onlyThisComputer("http://localhost:8080/")).isTrue();
        assertThat(JoinAddress.onlyThisComputer("http://127.0.0.1:8080/")).isTrue();
        assertThat(JoinAddress.onlyThisComputer("http://[::1]:8080/")).isTrue();
        assertThat(JoinAddress.onlyThisComputer("http://seminar-room-3.local:8080/"))
                .isFalse();
        assertThat(JoinAddress.onlyThisComputer("https://boundarylab.example.org/"))
                .isFalse();
    }

    @Test
    void a_configured_public_address_wins_over_the_request() {
        assertThat(new JoinAddress("https://lab.example.org").base()).isEqualTo("https://lab.example.org/");
        assertThat(new JoinAddress(" https://lab.example.org/x/ ").base()).isEqualTo("https://lab.example.org/x/");
    }

    /** Draws the SVG's modules (the viewBox and the path's unit squares) four pixels each, then reads it. */
    static String decode(String svg) throws Exception {
        Matcher box = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"").matcher(svg);
        assertThat(box.find()).isTrue();
        int size = Integer.parseInt(box.group(1));
        int scale = 4;
        int[] pixels = new int[size * scale * size * scale];
        java.util.Arrays.fill(pixels, 0xFFFFFFFF);
        Matcher module = Pattern.compile("M(\\d+) (\\d+)h1v1h-1z").matcher(svg);
        while (module.find()) {
            int x = Integer.parseInt(module.group(1));
            int y = Integer.parseInt(module.group(2));
            for (int dy = 0; dy < scale; dy++) {
                for (int dx = 0; dx < scale; dx++) {
                    pixels[(y * scale + dy) * size * scale + x * scale + dx] = 0xFF000000;
                }
            }
        }
        BinaryBitmap bitmap =
                new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(size * scale, size * scale, pixels)));
        return new QRCodeReader().decode(bitmap).getText();
    }
}
