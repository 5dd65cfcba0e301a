package fr.palmares.load;

import static org.assertj.core.api.Assertions.assertThat;

import fr.palmares.model.Block;
import fr.palmares.model.BlockKind;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Text files in the charsets archives come in, and the Markdown block model. */
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
    void markdownBlocksKeepKindLevelBoldBreaksAndLines() {
        List<Block> blocks = MarkdownLoader.parse("""
                ## **LABEL BRONZE**

                - **Communauté d'Agglomération Lisieux Normandie**\s\s
                Le Flex Office
                - > Grand Lyon avec Grand Lyon SmartData
                1. Premier

                Un paragraphe
                qui continue, avec un [lien](https://x.fr) et <b>du gras</b>.

                | Collectivité | Projet |
                |---|---|
                | Ville de Brest | Brest en commun |
                ---
                """);
        assertThat(blocks).extracting(Block::kind).containsExactly(BlockKind.HEADING, BlockKind.LIST_ITEM,
                BlockKind.LIST_ITEM, BlockKind.LIST_ITEM, BlockKind.PARAGRAPH, BlockKind.TABLE_ROW, BlockKind.TABLE_ROW);
        assertThat(blocks.get(0).level()).isEqualTo(2);
        assertThat(blocks.get(0).allBold()).isTrue();
        assertThat(blocks.get(1).text()).isEqualTo("Communauté d'Agglomération Lisieux Normandie\nLe Flex Office");
        assertThat(blocks.get(1).boldRuns()).containsExactly("Communauté d'Agglomération Lisieux Normandie");
        assertThat(blocks.get(1).line()).isEqualTo(3);
        assertThat(blocks.get(2).text()).isEqualTo("Grand Lyon avec Grand Lyon SmartData");
        assertThat(blocks.get(4).text()).isEqualTo("Un paragraphe qui continue, avec un lien et du gras.");
        assertThat(blocks.get(4).boldRuns()).containsExactly("du gras");
        assertThat(blocks.get(6).text()).isEqualTo("Ville de Brest\tBrest en commun");
    }
}
