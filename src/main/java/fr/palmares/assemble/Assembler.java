package fr.palmares.assemble;

import fr.palmares.annotate.AnnotatedDocument;
import fr.palmares.model.RawLaureate;
import java.util.ArrayList;
import java.util.List;

/**
 * Assemble: every strategy proposes the records it reads in an annotated document (lines in sequence,
 * tables, prose), and the {@link Decider} keeps the set the document confirms.
 */
public final class Assembler {
    /** The records of a document and what its own checks found. */
    public record Result(List<RawLaureate> laureates, List<String> warnings) {
    }

    /**
     * @param edition the document's edition (for looks back: "l'an dernier")
     * @param article true for a press article, whose headings are editorial, not categories
     */
    public Result assemble(AnnotatedDocument doc, Integer edition, boolean article) {
        List<Candidate> candidates = new ArrayList<>();
        SequenceAssembler sequence = new SequenceAssembler();
        candidates.addAll(sequence.assemble(doc));
        candidates.addAll(new TableAssembler().assemble(doc, sequence::categoryAt, sequence::medalAt));
        candidates.addAll(new ProseAssembler().assemble(doc, edition, article ? i -> null : sequence::categoryAt));
        Decider.Decision d = new Decider().decide(candidates);
        return new Result(d.laureates(), d.warnings());
    }
}
