package fr.palmares.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import fr.palmares.pipeline.DocumentReport;
import fr.palmares.pipeline.Extraction;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What one document of an extraction gave, for the review: its kind and edition as detected, how many
 * laureates it gave, and the warnings of its reading (an announced count not met, an edition not found,
 * a table-of-contents line read nowhere else); {@code failure} when it could not be read at all.
 *
 * @param file      the document, as named in the dataset's sources
 * @param kind      the detected kind (communique, dossier, ...), null when the document could not be read
 * @param edition   the detected edition, null when none was found
 * @param laureates how many laureates it gave
 * @param notes     the warnings about this document, in the order the extraction gave them
 * @param failure   why it could not be read, null when it was
 */
@JsonPropertyOrder({"file", "kind", "edition", "laureates", "notes", "failure"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DocumentCheck(String file, @Nullable String kind, @Nullable Integer edition, int laureates,
        List<String> notes, @Nullable String failure) {

    public DocumentCheck {
        notes = List.copyOf(notes);
    }

    /** Whether the review should list this document: nothing found, not read, or a warning about it. */
    public boolean needsCheck() {
        return failure != null || laureates == 0 || !notes.isEmpty();
    }

    /**
     * The documents of an extraction, in the order read, each with the warnings and failure that name it
     * ("FILE: reason"); failures of documents that were not read come last.
     */
    public static List<DocumentCheck> of(Extraction run) {
        List<DocumentCheck> out = new ArrayList<>();
        for (DocumentReport d : run.documents()) {
            out.add(new DocumentCheck(d.file(), d.kind(), d.edition(), d.laureates(), about(d.file(), run.warnings()),
                    null));
        }
        for (String f : run.failures()) {
            int colon = f.indexOf(": ");
            String file = colon > 0 ? f.substring(0, colon) : f;
            if (run.documents().stream().noneMatch(d -> d.file().equals(file))) {
                out.add(new DocumentCheck(file, null, null, 0, about(file, run.warnings()),
                        colon > 0 ? f.substring(colon + 2) : f));
            }
        }
        return out;
    }

    private static List<String> about(String file, List<String> warnings) {
        String prefix = file + ": ";
        List<String> notes = new ArrayList<>();
        for (String w : warnings) {
            if (w.startsWith(prefix)) {
                notes.add(w.substring(prefix.length()));
            }
        }
        return notes;
    }
}
