package fr.palmares.model;

/** A run of text inside a block, bold or not. A hard line break is a span whose text is "\n". */
public record Span(String text, boolean bold) {
    public static final Span BREAK = new Span("\n", false);

    public boolean isBreak() {
        return "\n".equals(text);
    }
}
