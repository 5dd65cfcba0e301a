package fr.palmares.load;

import fr.palmares.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the inline Markdown of one block (lines joined by "\n" for hard breaks) into spans: bold from
 * {@code **}, {@code __}, {@code <b>} and {@code <strong>}; links, autolinks, italics, escapes and other
 * inline HTML reduced to their text.
 */
final class InlineMarkdown {
    private static final Pattern LINK = Pattern.compile("!?\\[([^\\]]*)]\\(([^)]*)\\)");
    private static final Pattern AUTOLINK = Pattern.compile("<((?:https?|mailto|ftp):[^>\\s]+)>");
    private static final Pattern BOLD_TAG = Pattern.compile("(?i)<\\s*(/?)\\s*(b|strong)\\s*>");
    private static final Pattern OTHER_TAG = Pattern.compile("(?i)</?\\s*[a-z][a-z0-9]*(\\s[^<>]*)?/?>");
    private static final Pattern ITALIC = Pattern.compile("(?<![\\w*])\\*(?=\\S)([^*\\n]+?)(?<=\\S)\\*(?![\\w*])");
    private static final char BOLD_MARK = '\uE000';
    private static final char ESCAPE_BASE = '\uE100';

    private InlineMarkdown() {
    }

    static List<Span> spans(String raw) {
        String s = escape(raw);
        s = LINK.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        s = AUTOLINK.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1)
                .replaceFirst("^mailto:", "")));
        s = BOLD_TAG.matcher(s).replaceAll(String.valueOf(BOLD_MARK));
        s = OTHER_TAG.matcher(s).replaceAll("");
        s = s.replace("***", String.valueOf(BOLD_MARK)).replace("**", String.valueOf(BOLD_MARK))
                .replace("__", String.valueOf(BOLD_MARK));
        s = ITALIC.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        s = unescape(s).replace("&nbsp;", "\u00A0").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&#39;", "'");

        List<Span> out = new ArrayList<>();
        boolean bold = false;
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == BOLD_MARK || c == '\n') {
                if (cur.length() > 0) {
                    out.add(new Span(cur.toString(), bold));
                    cur.setLength(0);
                }
                if (c == BOLD_MARK) {
                    bold = !bold;
                } else {
                    out.add(Span.BREAK);
                }
            } else {
                cur.append(c);
            }
        }
        if (cur.length() > 0) {
            out.add(new Span(cur.toString(), bold));
        }
        return out;
    }

    private static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length() && "\\`*_{}[]()#+-.!<>|\"'".indexOf(s.charAt(i + 1)) >= 0) {
                sb.append((char) (ESCAPE_BASE + s.charAt(i + 1)));
                i++;
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static String unescape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(c >= ESCAPE_BASE && c < ESCAPE_BASE + 128 ? (char) (c - ESCAPE_BASE) : c);
        }
        return sb.toString();
    }
}
