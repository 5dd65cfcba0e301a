package fr.palmares.cli;

import fr.palmares.load.FormatDetector;
import fr.palmares.pipeline.Extractor.InputFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Expands the paths given on the command line: files as they are, folders walked recursively in a stable
 * order. In folders, files that are not documents (datasets, images, archives, hidden files) are skipped
 * with a note; a file with another extension is kept when its content is PDF or HTML.
 */
final class Inputs {
    private static final Set<String> DOCUMENTS = Set.of("pdf", "html", "htm", "xhtml", "md", "markdown", "txt", "text");

    private Inputs() {
    }

    static List<InputFile> expand(List<Path> paths, List<String> missing, List<String> skipped) throws IOException {
        List<InputFile> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                // A folder given as a link is walked where it points, its files named under the link.
                Path real = Files.isSymbolicLink(p) ? p.toRealPath() : p;
                List<Path> found;
                try (Stream<Path> s = Files.walk(real)) {
                    found = s.filter(Files::isRegularFile).sorted().map(f -> p.resolve(real.relativize(f))).toList();
                }
                for (Path f : found) {
                    String name = f.getFileName().toString();
                    if (name.startsWith(".")) {
                        continue;
                    }
                    if (isDocument(f)) {
                        out.add(new InputFile(f, f.toString()));
                    } else {
                        skipped.add(f + ": skipped (not a document)");
                    }
                }
            } else if (Files.isRegularFile(p)) {
                out.add(new InputFile(p, p.toString()));
            } else {
                missing.add(p + ": no such file or folder");
            }
        }
        return out;
    }

    private static boolean isDocument(Path f) throws IOException {
        String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        if (dot > 0 && DOCUMENTS.contains(name.substring(dot + 1))) {
            return true;
        }
        byte[] head;
        try (InputStream in = Files.newInputStream(f)) {
            head = in.readNBytes(1024);
        }
        String format = FormatDetector.detect(head);
        return FormatDetector.PDF.equals(format) || FormatDetector.HTML.equals(format);
    }
}
