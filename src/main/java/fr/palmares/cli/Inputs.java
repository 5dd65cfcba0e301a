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
                List<Path> found = walk(p, real, missing, skipped);
                for (Path f : found) {
                    String name = f.getFileName().toString();
                    if (name.startsWith(".")) {
                        continue;
                    }
                    if (isDocument(f, missing)) {
                        out.add(new InputFile(f, f.toString()));
                    } else {
                        skipped.add(f + ": skipped (not a document)");
                    }
                }
            } else if (Files.isRegularFile(p)) {
                out.add(new InputFile(p, p.toString()));
            } else {
                missing.add(p + ": " + whyNot(p));
            }
        }
        return out;
    }

    /** Why a path given is neither a file nor a folder: a link that leads nowhere, a pipe, or nothing. */
    static String whyNot(Path p) {
        if (Files.isSymbolicLink(p)) {
            try {
                p.toRealPath();
            } catch (java.nio.file.FileSystemException e) {
                if (e.getReason() != null && e.getReason().toLowerCase(Locale.ROOT).contains("levels of symbolic links")) {
                    return "symbolic link loop";
                }
            } catch (IOException e) {
                // told below
            }
            try {
                return "broken symbolic link (to " + Files.readSymbolicLink(p) + ")";
            } catch (IOException e) {
                return "broken symbolic link";
            }
        }
        if (Files.exists(p)) {
            return "not a regular file (a named pipe, socket or device is not read)";
        }
        return "no such file or folder";
    }

    /**
     * The regular files under a folder, sorted, named under the path given; a folder or file that cannot
     * be read is one failure line and the walk goes on; a link that leads nowhere is skipped with a note
     * (links are not followed, so no loop is walked).
     */
    private static List<Path> walk(Path given, Path real, List<String> missing, List<String> skipped) throws IOException {
        List<Path> found = new ArrayList<>();
        Files.walkFileTree(real, new java.nio.file.SimpleFileVisitor<>() {
            @Override
            public java.nio.file.FileVisitResult visitFile(Path f, java.nio.file.attribute.BasicFileAttributes a) {
                if (a.isRegularFile()) {
                    found.add(f);
                } else if (a.isSymbolicLink() && !f.getFileName().toString().startsWith(".")) {
                    if (Files.isRegularFile(f)) {
                        found.add(f);
                    } else if (!Files.isDirectory(f)) {
                        skipped.add(given.resolve(real.relativize(f)) + ": skipped (" + whyNot(f) + ")");
                    }
                }
                return java.nio.file.FileVisitResult.CONTINUE;
            }

            @Override
            public java.nio.file.FileVisitResult visitFileFailed(Path f, IOException e) {
                missing.add(given.resolve(real.relativize(f)) + ": cannot read: "
                        + (e instanceof java.nio.file.AccessDeniedException ? "permission denied" : e.getMessage()));
                return java.nio.file.FileVisitResult.CONTINUE;
            }
        });
        java.util.Collections.sort(found);
        return found.stream().map(f -> given.resolve(real.relativize(f))).toList();
    }

    /** A document by its name or its first bytes; one that cannot be read is kept, for its failure to be told. */
    private static boolean isDocument(Path f, List<String> missing) {
        String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        if (dot > 0 && DOCUMENTS.contains(name.substring(dot + 1))) {
            return true;
        }
        byte[] head;
        try (InputStream in = Files.newInputStream(f)) {
            head = in.readNBytes(1024);
        } catch (IOException e) {
            return true;
        }
        String format = FormatDetector.detect(head);
        return FormatDetector.PDF.equals(format) || FormatDetector.HTML.equals(format);
    }
}
