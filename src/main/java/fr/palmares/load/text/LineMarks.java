package fr.palmares.load.text;

import fr.palmares.model.Regexes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a line of plain text shows besides its words: rules drawn with characters (box drawing
 * ─ ═ ━ ╌, block elements, or 3 and more of - = _ * ~ # . + · and dashes), visual gaps (3 spaces or
 * more, or a tab, inside a line: fixed-width columns, the space before a page number), and letters
 * spaced out ("L A B E L  O R").
 */
public final class LineMarks {
    private static final Pattern RULE = Pattern.compile("[\\s\\u00A0]*(?:[\\u2500-\\u259F\\-=_*~#.+·•–—][\\s\\u00A0]*){3,}");
    /** A run of rule characters at each end of a line around its text: "═══ LABEL OR ═══". */
    private static final Pattern FRAMED = Pattern.compile("^[\\s\\u00A0]*[\\u2500-\\u259F=~*#]{3,}[\\s\\u00A0]+(.+?)[\\s\\u00A0]+[\\u2500-\\u259F=~*#]{3,}[\\s\\u00A0]*$");
    private static final Pattern TWO_SPACES = Pattern.compile(" {2,}");
    private static final Pattern SPACED = Pattern.compile("\\S(?: \\S){2,}(?: {2,}\\S(?: \\S)*)*");

    private LineMarks() {
    }

    /** The line has a visual gap inside its text (3 spaces or more, or a tab). */
    public static boolean hasGap(String line) {
        String t = line.strip();
        return t.contains("\t") || t.contains("   ");
    }

    /** The line is a rule and nothing else. */
    public static boolean isRule(String line) {
        return RULE.matcher(line).matches();
    }

    /** The text of a line framed by rules ("═══ LABEL OR ═══" gives "LABEL OR"), null when it is not framed. */
    public static String framed(String line) {
        Matcher m = FRAMED.matcher(line);
        return m.matches() ? m.group(1) : null;
    }

    /**
     * The lines of one block with their visual gaps as "\t": a run of 3 spaces or more, or a tab, and
     * also a run of 2 spaces where another line of the block has a gap ending at the same column (a
     * fixed-width column: "OR      CA ..." above "ARGENT  VILLE ..."). Leading white space is kept.
     */
    public static List<String> columns(List<String> lines) {
        List<String> expanded = new ArrayList<>();
        Map<Integer, Integer> ends = new HashMap<>();
        for (String l : lines) {
            String e = expandTabs(l);
            expanded.add(e);
            Matcher m = TWO_SPACES.matcher(e);
            while (m.find()) {
                if (m.start() > 0 && !e.substring(0, m.start()).isBlank() && m.end() < e.length()) {
                    ends.merge(m.end(), 1, Integer::sum);
                }
            }
        }
        List<String> out = new ArrayList<>();
        for (String e : expanded) {
            StringBuilder sb = new StringBuilder();
            Matcher m = TWO_SPACES.matcher(e);
            int last = 0;
            while (m.find()) {
                boolean inner = m.start() > 0 && !e.substring(0, m.start()).isBlank() && m.end() < e.length();
                boolean gap = inner && (m.end() - m.start() >= 3 || ends.getOrDefault(m.end(), 0) >= 2);
                sb.append(e, last, m.start()).append(gap ? "\t" : e.substring(m.start(), m.end()));
                last = m.end();
            }
            sb.append(e.substring(last));
            out.add(sb.toString());
        }
        return out;
    }

    /** The line with its tabs expanded to spaces and its non-breaking spaces made plain. */
    public static String expand(String s) {
        return expandTabs(s);
    }

    private static String expandTabs(String s) {
        if (s.indexOf('\t') < 0) {
            return s.replace('\u00A0', ' ');
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\t') {
                // to the next tab stop; a tab inside the text is always a gap (3 columns at least)
                int n = 8 - sb.length() % 8;
                if (n < 3 && !sb.toString().isBlank()) {
                    n += 8;
                }
                sb.append(" ".repeat(n));
            } else {
                sb.append(c == '\u00A0' ? ' ' : c);
            }
        }
        return sb.toString();
    }

    /** Columns taken by the leading white space (a tab goes to the next multiple of 8). */
    public static int indent(String line) {
        int col = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == ' ' || c == '\u00A0') {
                col++;
            } else if (c == '\t') {
                col = (col / 8 + 1) * 8;
            } else {
                break;
            }
        }
        return col;
    }

    /**
     * A line spaced out letter by letter, words apart by two spaces or more ("L A B E L  O R"), joined
     * ("LABEL OR"); null when the line is not spaced out.
     */
    public static String letterSpaced(String line) {
        String t = line.strip();
        if (!SPACED.matcher(t).matches()) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        for (String word : Regexes.split(t, " {2,}")) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(word.replace(" ", ""));
        }
        return sb.toString();
    }
}
