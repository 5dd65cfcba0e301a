package fr.palmares.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class FormatDetectorTest {

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void pdfByItsHeader() {
        assertThat(FormatDetector.detect(utf8("%PDF-1.7\n%âãÏÓ\n1 0 obj"))).isEqualTo("pdf");
        // Some files have junk before the header.
        assertThat(FormatDetector.detect(utf8("\r\n\r\nX-Junk: 1\r\n%PDF-1.4\n"))).isEqualTo("pdf");
        byte[] late = new byte[2000];
        System.arraycopy(utf8("%PDF-1.4"), 0, late, 1500, 8);
        assertThat(FormatDetector.isPdf(late)).isFalse();
    }

    @Test
    void htmlByItsMarkup() {
        assertThat(FormatDetector.detect(utf8("<!DOCTYPE html><html><body>x</body></html>"))).isEqualTo("html");
        assertThat(FormatDetector.detect(utf8("\uFEFF  \n <!doctype HTML>\n<title>t</title>"))).isEqualTo("html");
        assertThat(FormatDetector.detect(utf8("<html lang=\"fr\">"))).isEqualTo("html");
        assertThat(FormatDetector.detect(utf8("<?xml version=\"1.0\"?>\n<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0\">"))).isEqualTo("html");
        assertThat(FormatDetector.detect(utf8("<!-- saved from url -->\n<div class=\"a\"><p>Texte</p></div>"))).isEqualTo("html");
        assertThat(FormatDetector.detect(utf8("<P>Vieux HTML<BR>"))).isEqualTo("html");
        byte[] utf16 = "\uFEFF<html><body>é</body></html>".getBytes(StandardCharsets.UTF_16LE);
        assertThat(FormatDetector.detect(utf16)).isEqualTo("html");
    }

    @Test
    void textOtherwise() {
        assertThat(FormatDetector.detect(utf8("# Les lauréats\n\n- **Métropole de Lyon**\n"))).isEqualTo("text");
        assertThat(FormatDetector.detect(utf8("Communiqué de presse <b>gras</b>"))).isEqualTo("text");
        assertThat(FormatDetector.detect(new byte[0])).isEqualTo("text");
        assertThat(FormatDetector.detect(utf8("a < b and <p> later"))).isEqualTo("text");
    }

    @Test
    void extensionHelpsForHtmlNotStartingWithMarkup() {
        byte[] b = utf8("Quelques mots puis <div>du contenu</div>");
        assertThat(FormatDetector.detect(b, "page.html")).isEqualTo("html");
        assertThat(FormatDetector.detect(b, "notes.md")).isEqualTo("text");
        assertThat(FormatDetector.detect(utf8("# Titre"), "faux.html")).isEqualTo("text");
    }

    @Test
    void binaryFiles() {
        assertThat(FormatDetector.isProbablyBinary(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10})).isTrue();
        assertThat(FormatDetector.isProbablyBinary(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0})).isTrue();
        assertThat(FormatDetector.isProbablyBinary(new byte[] {'P', 'K', 3, 4, 20, 0})).isTrue();
        assertThat(FormatDetector.isProbablyBinary(utf8("GIF89a..."))).isTrue();
        assertThat(FormatDetector.isProbablyBinary(new byte[] {'a', 'b', 0, 'c'})).isTrue();
        assertThat(FormatDetector.isProbablyBinary(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0})).isTrue();
    }

    @Test
    void documentsAreNotBinary() {
        assertThat(FormatDetector.isProbablyBinary(utf8("%PDF-1.7\n\u0000\u0001binary stream"))).isFalse();
        assertThat(FormatDetector.isProbablyBinary(utf8("Texte accentué, « guillemets » et émojis 📞"))).isFalse();
        assertThat(FormatDetector.isProbablyBinary("\uFEFFtexte".getBytes(StandardCharsets.UTF_16LE))).isFalse();
        assertThat(FormatDetector.isProbablyBinary("déjà vu".getBytes(java.nio.charset.Charset.forName("windows-1252")))).isFalse();
        assertThat(FormatDetector.isProbablyBinary(new byte[0])).isFalse();
    }

    @Test
    void theSamples() throws Exception {
        for (String name : new String[] {"2024-communique-de-presse", "2023-dossier-de-presse", "2013-page-web-labels",
            "2022-article-presse", "2023-annuaire-labels"}) {
            Path dir = Path.of("samples");
            assertThat(FormatDetector.detect(Files.readAllBytes(dir.resolve(name + ".pdf")))).isEqualTo("pdf");
            assertThat(FormatDetector.detect(Files.readAllBytes(dir.resolve(name + ".html")))).isEqualTo("html");
            assertThat(FormatDetector.detect(Files.readAllBytes(dir.resolve(name + ".md")))).isEqualTo("text");
            assertThat(FormatDetector.isProbablyBinary(Files.readAllBytes(dir.resolve(name + ".md")))).isFalse();
            assertThat(FormatDetector.isProbablyBinary(Files.readAllBytes(dir.resolve(name + ".pdf")))).isFalse();
        }
    }
}
