package fr.palmares.assemble;

import fr.palmares.annotate.AnnotatedDocument;
import fr.palmares.annotate.Annotator;
import fr.palmares.classify.Classification;
import fr.palmares.classify.DocumentClassifier;
import fr.palmares.lexicon.Lexicon;
import fr.palmares.load.DocumentLoader;
import fr.palmares.model.DocumentKind;
import fr.palmares.model.RawLaureate;
import fr.palmares.model.SourceDocument;
import fr.palmares.pipeline.Geo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The core from text to records, for tests: a document written in the test (Markdown, HTML, plain
 * text) is loaded by the real loaders, classified, annotated and assembled; records print as one line
 * each ("edition medal | category | names ; … | title").
 */
public final class CoreFixture {
    private CoreFixture() {
    }

    public static List<RawLaureate> records(String name, String text) {
        try {
            Path dir = Files.createTempDirectory("palmares-core");
            Path file = dir.resolve(name);
            Files.writeString(file, text, StandardCharsets.UTF_8);
            try {
                SourceDocument doc = new DocumentLoader().load(file, name);
                Classification cls = new DocumentClassifier().classify(doc, null, null);
                AnnotatedDocument ad = new Annotator(Lexicon.get(), Geo.oracle()).annotate(doc);
                return new Assembler().assemble(ad, cls.edition(), cls.kind() == DocumentKind.ARTICLE).laureates();
            } finally {
                Files.deleteIfExists(file);
                Files.deleteIfExists(dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (fr.palmares.load.LoadException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String line(RawLaureate r) {
        return (r.edition() == null ? "-" : r.edition()) + " " + (r.medal() == null ? "-" : r.medal().code()) + " | "
                + (r.category() == null ? "-" : r.category()) + " | " + String.join(" ; ", r.collectivites()) + " | "
                + r.project();
    }

    public static List<String> lines(String name, String text) {
        return records(name, text).stream().map(CoreFixture::line).collect(Collectors.toList());
    }
}
