package fr.palmares.load;

import fr.palmares.model.Block;
import fr.palmares.model.BlockKind;
import fr.palmares.model.SourceDocument;
import fr.palmares.model.Span;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Markdown or plain text: ATX headings, bullet and numbered list items (nested markers such as
 * "- >" or "- -" flattened), paragraphs with soft breaks joined and hard breaks (two trailing spaces or a
 * backslash) kept, tab- or pipe-separated table rows, rules dropped. Every block keeps its first line.
 */
public final class MarkdownLoader implements Loader {
    private static final Pattern HEADING = Pattern.compile("^\\s{0,3}(#{1,6})\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[-*+•▪◦►]|\\d{1,2}[.)])\\s+(.*)$");
    private static final Pattern NESTED_MARKER = Pattern.compile("^(?:[-*+>•]\\s+)+");
    private static final Pattern RULE = Pattern.compile("^\\s{0,3}([-*_])(\\s*\\1){2,}\\s*$");
    private static final Pattern PIPE_ROW = Pattern.compile("^\\s*\\|(.*)\\|\\s*$");
    private static final Pattern PIPE_SEPARATOR = Pattern.compile("^[\\s|:\\-]+$");
    private static final Pattern QUOTE = Pattern.compile("^\\s{0,3}>\\s?(.*)$");

    @Override
    public SourceDocument load(Path file, byte[] bytes, String displayName) {
        TextDecoder.Decoded decoded = TextDecoder.decodeText(bytes);
        return new SourceDocument(displayName, Hashes.sha256(bytes), "text", parse(decoded.text()), decoded.warnings());
    }

    /** Parses decoded text into blocks. */
    public static List<Block> parse(String text) {
        List<Block> blocks = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        Pending pending = null;
        for (int i = 0; i < lines.length; i++) {
            String raw = lines[i];
            int lineNo = i + 1;
            String line = raw.replace('\u00A0', ' ');
            if (line.isBlank()) {
                pending = flush(pending, blocks);
                continue;
            }
            if (RULE.matcher(line).matches()) {
                pending = flush(pending, blocks);
                continue;
            }
            Matcher h = HEADING.matcher(line);
            if (h.matches()) {
                pending = flush(pending, blocks);
                blocks.add(new Block(BlockKind.HEADING, h.group(1).length(), InlineMarkdown.spans(h.group(2)), 0,
                        lineNo));
                continue;
            }
            Matcher pipe = PIPE_ROW.matcher(line);
            if (pipe.matches() || line.indexOf('\t') >= 0) {
                pending = flush(pending, blocks);
                if (pipe.matches()) {
                    if (!PIPE_SEPARATOR.matcher(pipe.group(1)).matches()) {
                        blocks.add(tableRow(pipe.group(1).split("\\|", -1), lineNo));
                    }
                } else {
                    blocks.add(tableRow(line.split("\t", -1), lineNo));
                }
                continue;
            }
            Matcher b = BULLET.matcher(line);
            if (b.matches()) {
                pending = flush(pending, blocks);
                String content = NESTED_MARKER.matcher(b.group(1)).replaceFirst("");
                if (content.isBlank()) {
                    continue;
                }
                pending = new Pending(BlockKind.LIST_ITEM, lineNo);
                pending.add(content, raw);
                continue;
            }
            Matcher q = QUOTE.matcher(line);
            if (q.matches()) {
                line = q.group(1);
                if (line.isBlank()) {
                    pending = flush(pending, blocks);
                    continue;
                }
            }
            if (pending == null) {
                pending = new Pending(BlockKind.PARAGRAPH, lineNo);
            }
            pending.add(line.strip(), raw);
        }
        flush(pending, blocks);
        return blocks;
    }

    private static Block tableRow(String[] cells, int lineNo) {
        List<String> parts = new ArrayList<>();
        for (String c : cells) {
            parts.add(c.strip());
        }
        while (!parts.isEmpty() && parts.get(parts.size() - 1).isEmpty()) {
            parts.remove(parts.size() - 1);
        }
        return new Block(BlockKind.TABLE_ROW, 0, InlineMarkdown.spans(String.join("\t", parts)), 0, lineNo);
    }

    private static Pending flush(Pending p, List<Block> blocks) {
        if (p != null) {
            List<Span> spans = InlineMarkdown.spans(p.text.toString());
            boolean visible = spans.stream().anyMatch(s -> !s.isBreak() && !s.text().isBlank());
            if (visible) {
                blocks.add(new Block(p.kind, 0, spans, 0, p.line));
            }
        }
        return null;
    }

    /** A block being accumulated line by line. */
    private static final class Pending {
        final BlockKind kind;
        final int line;
        final StringBuilder text = new StringBuilder();
        boolean hardBreakNext;

        Pending(BlockKind kind, int line) {
            this.kind = kind;
            this.line = line;
        }

        void add(String content, String raw) {
            String c = content.strip();
            boolean backslash = c.endsWith("\\") && !c.endsWith("\\\\");
            if (backslash) {
                c = c.substring(0, c.length() - 1).strip();
            }
            if (text.length() > 0) {
                text.append(hardBreakNext ? "\n" : " ");
            }
            text.append(c);
            hardBreakNext = backslash || raw.endsWith("  ");
        }
    }
}
