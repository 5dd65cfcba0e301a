package fr.palmares.articles;

import fr.palmares.eval.Gold;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;

/** The articles of src/test/resources/articles and their gold (gold/NAME.gold.json). */
final class Articles {
    static final Path DIR = Path.of("src/test/resources/articles");
    static final Path GOLD = DIR.resolve("gold");

    private Articles() {
    }

    /** Every gold file, by name. */
    static List<Path> golds() {
        try (Stream<Path> s = Files.list(GOLD)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".gold.json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every article file (not the README, not the gold). */
    static List<Path> documents() {
        try (Stream<Path> s = Files.list(DIR)) {
            return s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().equals("README.md"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Gold gold(Path goldFile) {
        try {
            return Gold.read(goldFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The readable text of an article: UTF-8, else Windows-1252; HTML reduced to its text. */
    static String text(Path doc) throws IOException {
        byte[] bytes = Files.readAllBytes(doc);
        String s;
        try {
            s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            s = new String(bytes, Charset.forName("windows-1252"));
        }
        return doc.toString().endsWith(".html") ? Jsoup.parse(s).text() : s;
    }
}
