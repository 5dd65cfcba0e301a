package fr.palmares.matrix;

import java.io.IOException;

/** The four formats every layout is written in. */
public enum Format {
    MARKDOWN(".md"), TEXT(".txt"), HTML(".html"), PDF(".pdf");

    public final String extension;

    Format(String extension) {
        this.extension = extension;
    }

    /** The document's bytes in this format. */
    public byte[] write(Doc doc) throws IOException {
        return switch (this) {
            case MARKDOWN -> new MarkdownWriter().write(doc);
            case TEXT -> new TextWriter().write(doc);
            case HTML -> new HtmlWriter().write(doc);
            case PDF -> new PdfWriter().write(doc);
        };
    }
}
