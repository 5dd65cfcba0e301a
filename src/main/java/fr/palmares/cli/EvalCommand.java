package fr.palmares.cli;

import fr.palmares.eval.EvalRunner;
import fr.palmares.pipeline.Geo;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Extracts the document named by each gold file (found under PATH, default samples/, in every "
                + "format present: text, PDF, HTML) and prints precision, recall and F1 per field, then the missed, "
                + "extra and wrong laureates."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:every field reaches --min-f1", "1:some field is under --min-f1 or a document is missing",
            "2:usage error"},
        footerHeading = "%nExamples:%n",
        footer = {"  palmares eval --gold src/test/resources/gold",
            "  palmares eval --gold src/test/resources/gold samples/ --fields record,medal --min-f1 0.9"})
final class EvalCommand implements Callable<Integer> {
    @Option(names = "--gold", required = true, paramLabel = "DIR", description = "Folder of *.gold.json files.")
    Path gold;

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Where to find the documents (default: samples/).")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--min-f1", paramLabel = "X", description = "Lowest acceptable F1 per field (default: ${DEFAULT-VALUE}).",
            defaultValue = "1.0")
    double minF1;

    @Option(names = "--fields", split = ",", paramLabel = "FIELD",
            description = "Fields to check against --min-f1 (default: all: record, edition, medal, category, project, "
                    + "collectivites, region).")
    List<String> fields;

    @Option(names = "--verbose", description = "Stack traces on errors.")
    boolean verbose;

    @Override
    public Integer call() throws Exception {
        if (paths.isEmpty()) {
            paths = List.of(Path.of("samples"));
        }
        return new EvalRunner(Geo.oracle(), Geo.resolver(System.err, false), System.out, System.err)
                .run(gold, paths, minF1, fields);
    }
}
