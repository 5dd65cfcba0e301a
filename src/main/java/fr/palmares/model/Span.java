package fr.palmares.model;

/**
 * A run of text inside a line, with its emphasis. While a loader builds a block, a span whose text is
 * "\n" ({@link #BREAK}) stands for a hard line break and a "\t" inside a span for a cell or column gap.
 */
public record Span(String text, boolean bold, boolean italic) {
    public static final Span BREAK = new Span("\n", false, false);

    public Span(String text, boolean bold) {
        this(text, bold, false);
    }

    public boolean isBreak() {
        return "\n".equals(text);
    }
}
