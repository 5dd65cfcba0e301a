package fr.palmares.pipeline;

import fr.palmares.model.Laureate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What one document gave: its laureates (unmerged) and report, or the one line saying why it could not
 * be read (then {@code cause} is what was thrown, for --verbose); its warnings, one line each, either way.
 */
public record DocumentResult(String file, List<Laureate> laureates, @Nullable DocumentReport report,
        @Nullable String failure, @Nullable Throwable cause, List<String> warnings) {
    public DocumentResult {
        laureates = List.copyOf(laureates);
        warnings = List.copyOf(warnings);
    }

    public static DocumentResult read(String file, List<Laureate> laureates, DocumentReport report,
            List<String> warnings) {
        return new DocumentResult(file, laureates, report, null, null, warnings);
    }

    public static DocumentResult failed(String file, String reason, @Nullable Throwable cause, List<String> warnings) {
        return new DocumentResult(file, List.of(), null, reason, cause, warnings);
    }

    public boolean isFailure() {
        return failure != null;
    }

    /** The same result with more warnings after its own. */
    DocumentResult withWarnings(List<String> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<String> all = new java.util.ArrayList<>(warnings);
        all.addAll(more);
        return new DocumentResult(file, laureates, report, failure, cause, all);
    }
}
