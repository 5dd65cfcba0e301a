package fr.palmares.assemble;

import fr.palmares.model.Regexes;
import fr.palmares.annotate.AnnotatedDocument;
import fr.palmares.annotate.LineReader;
import fr.palmares.annotate.Names;
import fr.palmares.annotate.Unit;
import fr.palmares.annotate.Zone;
import fr.palmares.lexicon.Lexicon;
import fr.palmares.lexicon.Vocab;
import fr.palmares.model.Block;
import fr.palmares.model.BlockKind;
import fr.palmares.model.Cell;
import fr.palmares.model.Evidence;
import fr.palmares.model.Line;
import fr.palmares.model.Medal;
import fr.palmares.model.RawLaureate;
import fr.palmares.model.Text;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads records from tables: each column's field from its header cell (a field label of the lexicon:
 * "Catégorie", "Distinction", "Collectivité(s)", "Projet"...) or, without a header, from what its cells
 * hold (medal words, names, years, repeated values, long texts); each row a record. A table needs a
 * names column and a title column to hold laureates, which leaves out jury and start-up tables; a row
 * shorter than the header takes its leading cells from the row above (a cell spanning rows).
 */
final class TableAssembler {
    private static final double CONFIDENCE = 0.95;

    private final Lexicon lexicon = Lexicon.get();

    private java.util.function.IntFunction<String> categoryAt = i -> null;
    private java.util.function.IntFunction<Medal> medalAt = i -> null;

    /** Reads the tables; a table takes the category and medal of the headings above it where its rows give none. */
    List<Candidate> assemble(AnnotatedDocument doc, java.util.function.IntFunction<String> categoryAt,
            java.util.function.IntFunction<Medal> medalAt) {
        this.categoryAt = categoryAt;
        this.medalAt = medalAt;
        return assemble(doc);
    }

    List<Candidate> assemble(AnnotatedDocument doc) {
        List<Candidate> out = new ArrayList<>();
        List<Block> blocks = doc.doc().blocks();
        for (List<Integer> table : tables(blocks)) {
            Zone zone = zoneBefore(doc, table.get(0));
            if (zone.excluded()) {
                continue;
            }
            out.addAll(read(doc, blocks, table, zone));
        }
        return out;
    }

    /** The rows of each table, as block indexes: by table number, or runs of rows when the loader gives none. */
    private static List<List<Integer>> tables(List<Block> blocks) {
        List<List<Integer>> out = new ArrayList<>();
        Map<Integer, List<Integer>> byNumber = new HashMap<>();
        List<Integer> run = null;
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b.kind() != BlockKind.TABLE_ROW) {
                run = null;
                continue;
            }
            if (b.table() > 0) {
                List<Integer> t = byNumber.get(b.table());
                if (t == null) {
                    t = new ArrayList<>();
                    byNumber.put(b.table(), t);
                    out.add(t);
                }
                t.add(i);
                continue;
            }
            if (run == null) {
                run = new ArrayList<>();
                out.add(run);
            }
            run.add(i);
        }
        return out;
    }

    private static Zone zoneBefore(AnnotatedDocument doc, int blockIndex) {
        Zone z = Zone.NEUTRAL;
        for (Unit u : doc.units()) {
            if (u.blockIndex() > blockIndex) {
                break;
            }
            z = u.zone();
        }
        return z;
    }

    private List<Candidate> read(AnnotatedDocument doc, List<Block> blocks, List<Integer> rows, Zone zone) {
        LineReader reader = doc.reader();
        Names names = doc.names();
        List<List<String>> grid = new ArrayList<>();
        List<List<List<String>>> cellLines = new ArrayList<>();
        for (int i : rows) {
            List<String> texts = new ArrayList<>();
            List<List<String>> lines = new ArrayList<>();
            for (Cell c : blocks.get(i).cells()) {
                texts.add(Text.collapse(c.text().replace('\n', ' ')));
                List<String> ls = new ArrayList<>();
                for (Line l : c.lines()) {
                    if (!l.text().isBlank()) {
                        ls.add(l.text().strip());
                    }
                }
                lines.add(ls);
            }
            grid.add(texts);
            cellLines.add(lines);
        }
        int header = headerRow(blocks, rows, grid);
        int width = grid.stream().mapToInt(List::size).max().orElse(0);
        String[] fields = new String[width];
        if (header >= 0) {
            List<String> h = grid.get(header);
            for (int c = 0; c < h.size(); c++) {
                fields[c] = lexicon.whole(Vocab.FIELD, h.get(c)).orElse(null);
            }
        }
        fillDown(grid, cellLines, header, width);
        inferColumns(grid, header, fields, reader, names);
        int namesCol = indexOf(fields, "names");
        int titleCol = indexOf(fields, "title");
        if (namesCol < 0 || titleCol < 0) {
            return List.of();
        }
        Candidate.Strategy strategy = indexOf(fields, "page") >= 0 ? Candidate.Strategy.CONTENTS : Candidate.Strategy.TABLE;
        List<Candidate> out = new ArrayList<>();
        for (int r = header + 1; r < grid.size(); r++) {
            List<String> row = grid.get(r);
            if (row.size() <= Math.max(namesCol, titleCol)) {
                continue;
            }
            String title = Cleaning.title(row.get(titleCol));
            List<String> credited = namesOf(cellLines.get(r).get(namesCol), row.get(namesCol), names);
            if (title.isEmpty() || credited.isEmpty()) {
                continue;
            }
            int after = firstUnitAfter(doc, rows.get(r));
            Medal medal = column(fields, "medal", row).flatMap(this::medal).orElse(medalAt.apply(after));
            String category = column(fields, "category", row).map(Cleaning::category).filter(s -> !s.isEmpty())
                    .orElse(categoryAt.apply(after));
            Integer year = column(fields, "year", row).flatMap(TableAssembler::year).orElse(null);
            List<String> places = column(fields, "place", row).map(List::of).orElse(List.of());
            String description = column(fields, "description", row).orElse(null);
            Block block = blocks.get(rows.get(r));
            out.add(new Candidate(new RawLaureate(year, medal, category, title, credited, description, block, CONFIDENCE,
                    places, evidence(row, fields, block)), strategy, zone, after));
        }
        return out;
    }

    private static int firstUnitAfter(AnnotatedDocument doc, int blockIndex) {
        for (Unit u : doc.units()) {
            if (u.blockIndex() > blockIndex) {
                return u.index();
            }
        }
        return doc.units().size();
    }

    /** The header row: header cells, or a first row of field labels only. */
    private int headerRow(List<Block> blocks, List<Integer> rows, List<List<String>> grid) {
        for (int r = 0; r < Math.min(2, rows.size()); r++) {
            Block b = blocks.get(rows.get(r));
            if (!b.cells().isEmpty() && b.cells().stream().allMatch(c -> c.header() || c.isEmpty())
                    && b.cells().stream().anyMatch(Cell::header)) {
                return r;
            }
        }
        List<String> first = grid.get(0);
        long labels = first.stream().filter(t -> !t.isBlank() && lexicon.whole(Vocab.FIELD, t).isPresent()).count();
        long filled = first.stream().filter(t -> !t.isBlank()).count();
        return labels >= 2 && labels == filled ? 0 : -1;
    }

    /**
     * A row with fewer cells than the header, or whose leading cells are empty while the others are not,
     * lacks the leading cells that span from the row above (a merged cell printed once, at the top of
     * the rows it spans, as word processors and PDF tables show it).
     */
    private static void fillDown(List<List<String>> grid, List<List<List<String>>> lines, int header, int width) {
        for (int r = header + 1; r < grid.size(); r++) {
            List<String> row = grid.get(r);
            int missing = width - row.size();
            if (missing == 0 && r > header + 1) {
                int blank = 0;
                while (blank < width && row.get(blank).isBlank()) {
                    blank++;
                }
                if (blank > 0 && blank < width - 1 && !grid.get(r - 1).subList(0, blank).stream().anyMatch(String::isBlank)) {
                    List<String> filled = new ArrayList<>(grid.get(r - 1).subList(0, blank));
                    filled.addAll(row.subList(blank, width));
                    grid.set(r, filled);
                    List<List<String>> fl = new ArrayList<>(lines.get(r - 1).subList(0, blank));
                    fl.addAll(lines.get(r).subList(blank, width));
                    lines.set(r, fl);
                }
                continue;
            }
            if (missing > 0 && r > header + 1 && grid.get(r - 1).size() == width) {
                List<String> filled = new ArrayList<>(grid.get(r - 1).subList(0, missing));
                filled.addAll(row);
                grid.set(r, filled);
                List<List<String>> fl = new ArrayList<>(lines.get(r - 1).subList(0, missing));
                fl.addAll(lines.get(r));
                lines.set(r, fl);
            }
        }
    }

    /** Columns without a known header get a field from what most of their cells hold. */
    private void inferColumns(List<List<String>> grid, int header, String[] fields, LineReader reader, Names names) {
        int rows = grid.size() - header - 1;
        if (rows <= 0) {
            return;
        }
        int width = fields.length;
        double[] avgLen = new double[width];
        for (int c = 0; c < width; c++) {
            if (fields[c] != null) {
                continue;
            }
            int medals = 0;
            int pages = 0;
            int nameCells = 0;
            int years = 0;
            int filled = 0;
            java.util.Set<String> distinct = new java.util.HashSet<>();
            double len = 0;
            for (int r = header + 1; r < grid.size(); r++) {
                List<String> row = grid.get(r);
                if (c >= row.size() || row.get(c).isBlank()) {
                    continue;
                }
                String t = row.get(c);
                filled++;
                distinct.add(t);
                len += t.length();
                if (Regexes.matches(t.strip(), "\\d{1,3}")) {
                    pages++;
                } else if (medal(t).isPresent()) {
                    medals++;
                } else if (year(t).isPresent()) {
                    years++;
                } else if (names.read(t).isNames()) {
                    nameCells++;
                }
            }
            if (filled == 0) {
                continue;
            }
            avgLen[c] = len / filled;
            if (pages == filled) {
                fields[c] = "page";
            } else if (medals * 2 > filled) {
                fields[c] = "medal";
            } else if (years * 2 > filled) {
                fields[c] = "year";
            } else if (nameCells * 2 > filled && indexOf(fields, "names") < 0) {
                fields[c] = "names";
            } else if (distinct.size() < filled && indexOf(fields, "category") < 0 && filled > 2) {
                fields[c] = "category";
            }
        }
        if (indexOf(fields, "title") < 0) {
            int best = -1;
            for (int c = 0; c < width; c++) {
                if (fields[c] == null && (best < 0 || avgLen[c] > avgLen[best])) {
                    best = c;
                }
            }
            if (best >= 0 && avgLen[best] > 0) {
                fields[best] = "title";
            }
        }
    }

    private static List<String> namesOf(List<String> lines, String whole, Names names) {
        List<String> out = new ArrayList<>();
        if (lines.size() > 1) {
            for (String l : lines) {
                Names.Reading r = names.read(l);
                if (r.isNames()) {
                    out.addAll(r.names());
                } else {
                    out.clear();
                    break;
                }
            }
            if (!out.isEmpty()) {
                return out;
            }
        }
        Names.Reading r = names.read(whole);
        if (r.isNames()) {
            return r.names();
        }
        String c = Names.clean(whole);
        return c.isEmpty() ? List.of() : List.of(c);
    }

    private Optional<Medal> medal(String text) {
        return lexicon.whole(Vocab.MEDAL_WORD, text).or(() -> lexicon.whole(Vocab.MEDAL, text)).flatMap(Medal::parse);
    }

    private static Optional<Integer> year(String text) {
        String t = text.strip();
        return Regexes.matches(t, "20[0-4]\\d") ? Optional.of(Integer.parseInt(t)) : Optional.empty();
    }

    private static Optional<String> column(String[] fields, String field, List<String> row) {
        int c = indexOf(fields, field);
        return c >= 0 && c < row.size() && !row.get(c).isBlank() ? Optional.of(row.get(c)) : Optional.empty();
    }

    private static int indexOf(String[] fields, String f) {
        for (int i = 0; i < fields.length; i++) {
            if (f.equals(fields[i])) {
                return i;
            }
        }
        return -1;
    }

    private static Evidence evidence(List<String> row, String[] fields, Block block) {
        StringBuilder sb = new StringBuilder();
        List<Evidence.FieldSpan> spans = new ArrayList<>();
        for (int c = 0; c < row.size(); c++) {
            if (c > 0) {
                sb.append(" | ");
            }
            int start = sb.length();
            sb.append(row.get(c));
            String f = c < fields.length ? fields[c] : null;
            if (f != null && !row.get(c).isBlank()) {
                String field = switch (f) {
                    case "names" -> "collectivite";
                    case "title" -> "project";
                    case "year" -> "edition";
                    default -> f;
                };
                if (!field.equals("place")) {
                    spans.add(new Evidence.FieldSpan(field, start, sb.length()));
                }
            }
        }
        return new Evidence(null, block.page() > 0 ? block.page() : null,
                block.page() == 0 && block.line() > 0 ? block.line() : null, sb.toString(), spans);
    }
}
