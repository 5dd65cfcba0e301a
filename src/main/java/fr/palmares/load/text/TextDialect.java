package fr.palmares.load.text;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a text file is Markdown or plain text. Plain-text lists and e-mails use "- " bullets, "> "
 * quotes and "=====" underlines too, so those prove nothing; Markdown shows itself by its own
 * structure: ATX headings ("## Title"), emphasis pairs ("**bold**", "__bold__"), links and images
 * ("[text](url)"), autolinks ("&lt;https://...&gt;"), table delimiter rows ("|---|---|"), code fences,
 * inline HTML tags ({@code <b>}, {@code <br>}, {@code <sup>}).
 * <ul>
 * <li>A file named .md, .markdown, .mdown or .mkd is Markdown: its author says so.</li>
 * <li>Any other file (.txt, no extension...) is Markdown when Markdown structure is found on two lines
 * at least (one stray "**" or "# " proves nothing), else plain text.</li>
 * </ul>
 */
public enum TextDialect {
    PLAIN, MARKDOWN;

    private static final Pattern[] STRUCTURE = {
        Pattern.compile("^ {0,3}#{1,6}[ \\t]+\\S"),
        Pattern.compile("\\*\\*\\S(?:.*?\\S)?\\*\\*|__\\S(?:.*?\\S)?__"),
        Pattern.compile("!?\\[[^\\]\\n]+]\\([^)\\s]+(?: \"[^\"]*\")?\\)"),
        Pattern.compile("<(?:https?|mailto):[^>\\s]+>"),
        Pattern.compile("^ {0,3}\\|?(?: *:?-{3,}:? *\\|)+ *:?-{3,}:? *\\|? *$"),
        Pattern.compile("^ {0,3}(?:```|~~~)"),
        Pattern.compile("(?i)</?(?:b|strong|em|i|br|sup|sub|span|u)\\s*/?>"),
    };

    /** The dialect of a decoded text; {@code fileName} may be null. */
    public static TextDialect of(String text, String fileName) {
        if (fileName != null) {
            String n = fileName.toLowerCase(Locale.ROOT);
            if (n.endsWith(".md") || n.endsWith(".markdown") || n.endsWith(".mdown") || n.endsWith(".mkd")) {
                return MARKDOWN;
            }
        }
        int lines = 0;
        for (String line : text.split("\n")) {
            for (Pattern p : STRUCTURE) {
                if (p.matcher(line).find()) {
                    lines++;
                    break;
                }
            }
            if (lines >= 2) {
                return MARKDOWN;
            }
        }
        return PLAIN;
    }
}
