package fr.palmares.lexicon;

import fr.palmares.model.Regexes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the lexicon's rule files, in the manner of TokensRegex rule files: named macros kept apart from
 * the entries that use them.
 *
 * <pre>
 * # a comment
 * $MEDAL_OR = or|gold|d'or         a macro, usable as $MEDAL_OR in any later pattern
 * [MEDAL]                          the vocabulary the following entries belong to
 * or = $HEAD (d' |de )?or          an entry: its key, then its pattern
 * </pre>
 *
 * A pattern is a Java regular expression over folded text ({@link Folded}: lower case, no accents, plain
 * quotes, apostrophes and dashes) in which a space matches any run of white space and {@code $NAME}
 * stands for a macro. Every entry matches whole words only.
 */
final class RuleFile {
    private static final Pattern MACRO = Pattern.compile("^\\$([A-Z][A-Z0-9_]*)\\s*=\\s*(.+)$");
    private static final Pattern SECTION = Pattern.compile("^\\[([A-Z_]+)]$");
    private static final Pattern ENTRY = Pattern.compile("^([a-z][a-z0-9-]*)\\s*=\\s*(.+)$");
    private static final Pattern MACRO_REF = Pattern.compile("\\$([A-Z][A-Z0-9_]*)");

    /** What opens every entry's pattern: no letter or digit just before it. */
    static final String WORD_START = "(?<![\\p{L}\\p{N}])";

    /** One entry: its vocabulary, key, compiled pattern and where it was written. */
    record Entry(Vocab vocab, String key, Pattern pattern, String source) {
    }

    private final Map<String, String> macros = new LinkedHashMap<>();
    private final List<Entry> entries = new ArrayList<>();

    /** Reads one file's text; macros stay defined for the files read after it. */
    void read(String name, String text) {
        Vocab vocab = null;
        String[] lines = Regexes.split(text, "\r?\n");
        for (int i = 0; i < lines.length; i++) {
            String line = stripComment(lines[i]).strip();
            if (line.isEmpty()) {
                continue;
            }
            String where = name + ":" + (i + 1);
            Matcher m;
            if ((m = MACRO.matcher(line)).matches()) {
                macros.put(m.group(1), "(?:" + expand(m.group(2), where) + ")");
            } else if ((m = SECTION.matcher(line)).matches()) {
                try {
                    vocab = Vocab.valueOf(m.group(1));
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException(where + ": unknown vocabulary [" + m.group(1) + "]");
                }
            } else if ((m = ENTRY.matcher(line)).matches()) {
                if (vocab == null) {
                    throw new IllegalStateException(where + ": an entry before any [VOCABULARY] section");
                }
                String regex = WORD_START + "(?:" + expand(m.group(2), where) + ")(?![\\p{L}\\p{N}])";
                try {
                    entries.add(new Entry(vocab, m.group(1), Pattern.compile(regex), where));
                } catch (RuntimeException e) {
                    throw new IllegalStateException(where + ": bad pattern: " + e.getMessage());
                }
            } else {
                throw new IllegalStateException(where + ": not a macro, a section or an entry: " + line);
            }
        }
    }

    List<Entry> entries() {
        return entries;
    }

    Map<String, String> macros() {
        return macros;
    }

    private String expand(String pattern, String where) {
        String spaced = spaces(pattern.strip());
        Matcher m = MACRO_REF.matcher(spaced);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String body = macros.get(m.group(1));
            if (body == null) {
                throw new IllegalStateException(where + ": unknown macro $" + m.group(1));
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(body));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** Each space outside a character class becomes "\\s+"; inside one it stays a space. */
    private static String spaces(String p) {
        StringBuilder sb = new StringBuilder(p.length() + 16);
        boolean inClass = false;
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c == '\\' && i + 1 < p.length()) {
                sb.append(c).append(p.charAt(++i));
                continue;
            }
            if (c == '[') {
                inClass = true;
            } else if (c == ']') {
                inClass = false;
            }
            if (c == ' ' && !inClass) {
                while (i + 1 < p.length() && p.charAt(i + 1) == ' ') {
                    i++;
                }
                sb.append("\\s+");
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** A '#' starts a comment unless it is escaped as "\#". */
    private static String stripComment(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == '#' && (i == 0 || line.charAt(i - 1) != '\\')) {
                return line.substring(0, i);
            }
        }
        return line;
    }
}
