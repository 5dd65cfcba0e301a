package fr.palmares.cli;

import fr.palmares.pipeline.Extractor.InputFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Expands the paths given on the command line: files as they are, folders walked recursively. */
final class Inputs {
    private Inputs() {
    }

    static List<InputFile> expand(List<Path> paths, List<String> missing) throws IOException {
        List<InputFile> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                List<Path> found;
                try (Stream<Path> s = Files.walk(p)) {
                    found = s.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith("."))
                            .sorted().toList();
                }
                for (Path f : found) {
                    out.add(new InputFile(f, f.toString()));
                }
            } else if (Files.isRegularFile(p)) {
                out.add(new InputFile(p, p.toString()));
            } else {
                missing.add(p + ": no such file or folder");
            }
        }
        return out;
    }
}
