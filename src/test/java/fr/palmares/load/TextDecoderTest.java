package fr.palmares.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Text files in the charsets archives come in. */
class TextDecoderTest {
    private static final String TEXT = "Label d’or attribué à la Région Île-de-France — « Démat’ »\r\nœuvre\r\n";

    @Test
    void utf8WithAndWithoutBomAndWindows1252DecodeAlike() {
        byte[] utf8 = TEXT.getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[utf8.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, bom, 3, utf8.length);
        byte[] cp1252 = TEXT.getBytes(Charset.forName("windows-1252"));
        String expected = TEXT.replace("\r\n", "\n");
        assertThat(TextDecoder.decode(utf8)).isEqualTo(expected);
        assertThat(TextDecoder.decode(bom)).isEqualTo(expected);
        assertThat(TextDecoder.decode(cp1252)).isEqualTo(expected);
        assertThat(TextDecoder.detect(utf8)).isEqualTo("UTF-8");
        assertThat(TextDecoder.detect(bom)).isEqualTo("UTF-8 (BOM)");
        assertThat(TextDecoder.detect(cp1252)).isEqualTo("windows-1252");
        assertThat(TextDecoder.decode("a\rb".getBytes(StandardCharsets.US_ASCII))).isEqualTo("a\nb");
    }

    @Test
    void utf8WithAFewInvalidBytesStaysUtf8WithTheBytesReplacedAndOneWarningNamingTheLines() throws Exception {
        byte[] good = java.nio.file.Files.readAllBytes(java.nio.file.Path.of("samples/2024-communique-de-presse.md"));
        String text = new String(good, StandardCharsets.UTF_8);
        // Five stray bytes: two on line 3, one on line 10, two Latin-1 "é" on line 20.
        byte[] bad = damage(good, new int[] {3, 3, 10, 20, 20}, text);
        TextDecoder.Decoded d = TextDecoder.decodeText(bad);
        assertThat(d.charset()).isEqualTo("UTF-8");
        assertThat(d.text()).contains("Métropole de Lyon").contains("Rennes Métropole").doesNotContain("Ã©");
        assertThat(d.text().chars().filter(c -> c == 0xFFFD).count()).isEqualTo(5);
        assertThat(d.warnings()).containsExactly("5 invalid UTF-8 byte(s) replaced by U+FFFD on lines 3, 10, 20");
        assertThat(TextDecoder.decodeText(good).warnings()).isEmpty();
    }

    @Test
    void windows1252OnlyWhenNoByteBelongsToAUtf8Sequence() {
        byte[] cp1252 = "Région Île-de-France, 2e édition".getBytes(Charset.forName("windows-1252"));
        assertThat(TextDecoder.decodeText(cp1252)).isEqualTo(
                new TextDecoder.Decoded("Région Île-de-France, 2e édition", "windows-1252", List.of()));
        // One well-formed sequence ("é" as C3 A9) is enough to read UTF-8 and replace the stray byte.
        byte[] mixed = "Métropole ; Ville d".getBytes(StandardCharsets.UTF_8);
        byte[] withLatin1 = new byte[mixed.length + 1];
        System.arraycopy(mixed, 0, withLatin1, 0, mixed.length);
        withLatin1[mixed.length] = (byte) 0xE9;
        TextDecoder.Decoded d = TextDecoder.decodeText(withLatin1);
        assertThat(d.charset()).isEqualTo("UTF-8");
        assertThat(d.text()).startsWith("Métropole ; Ville d").endsWith("\uFFFD");
        assertThat(d.warnings()).containsExactly("1 invalid UTF-8 byte(s) replaced by U+FFFD on line 1");
        // A BOM says UTF-8 even when no other sequence is well formed.
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', (byte) 0xE9};
        assertThat(TextDecoder.decodeText(bom).charset()).isEqualTo("UTF-8 (BOM)");
        assertThat(TextDecoder.decodeText(bom).text()).isEqualTo("a\uFFFD");
    }

    /** The bytes with one invalid byte (0xE9, a Latin-1 "é") inserted at the start of each given line. */
    private static byte[] damage(byte[] good, int[] lines, String text) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        String[] ls = text.split("\n", -1);
        for (int i = 0; i < ls.length; i++) {
            for (int l : lines) {
                if (l == i + 1) {
                    out.write(0xE9);
                }
            }
            out.writeBytes(ls[i].getBytes(StandardCharsets.UTF_8));
            if (i < ls.length - 1) {
                out.write('\n');
            }
        }
        return out.toByteArray();
    }
}
