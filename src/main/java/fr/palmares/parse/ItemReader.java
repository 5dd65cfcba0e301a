package fr.palmares.parse;

import fr.palmares.annotate.NameOracle;
import fr.palmares.model.Block;
import fr.palmares.model.Medal;
import fr.palmares.model.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one list entry (or one line) that credits collectivités with a project, in the forms the
 * documents use: "**Collectivité** / title", "**title** / Collectivité (label or)",
 * "title - Collectivité (label argent)", "Collectivité - title", "Collectivité avec title". Which side is
 * the collectivité is decided by the names' form and the official geography, not by position.
 */
public final class ItemReader {
    private static final Pattern DASH = Pattern.compile("\\s+[-–—]\\s+|\\s+[-–—](?=\\s*\\()|\\s*[–—]\\s*");
    private static final Pattern AVEC = Pattern.compile("\\s+(?:avec|pour)\\s+(?:le projet\\s+|son projet\\s+|leur projet\\s+)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NAME_END = Pattern.compile("\\s+(?=\\d)");

    private final NameOracle oracle;
    private final NameSplitter splitter;

    public ItemReader(NameOracle oracle) {
        this.oracle = oracle;
        this.splitter = new NameSplitter(oracle);
    }

    /** What an entry says. {@code project} is null when the entry only names collectivités. */
    public record Item(List<String> names, String project, Medal medal) {
    }

    /** Reads an entry; empty when no part of it names a collectivité. */
    public Optional<Item> read(Block block) {
        String text = block.text();
        Medal medal = null;
        Optional<MedalPhrases.MedalAndRest> tm = MedalPhrases.trailing(text);
        if (tm.isPresent()) {
            medal = tm.get().medal();
            text = tm.get().rest();
        }
        List<String> lines = block.lineTexts();
        if (tm.isPresent()) {
            lines = nonEmptyLines(text);
        }
        // 1. Hard line breaks: one line names, another the title.
        if (lines.size() >= 2) {
            int best = -1;
            double bestScore = 0;
            for (int i = 0; i < lines.size(); i++) {
                double sc = namesScore(lines.get(i));
                if (sc > bestScore) {
                    best = i;
                    bestScore = sc;
                }
            }
            if (best >= 0) {
                List<String> rest = new ArrayList<>(lines);
                String names = rest.remove(best);
                return Optional.of(new Item(splitter.split(names), Cleaning.title(String.join(" ", rest)), medal));
            }
        }
        String flat = Text.collapse(text.replace('\n', ' '));
        // 2. A bold run that names collectivités, the rest is the title.
        List<String> bold = block.boldRuns();
        if (!bold.isEmpty()) {
            String b = stripTrailingMedal(bold.get(0));
            if (namesScore(b) > 0 && flat.startsWith(bold.get(0).strip())) {
                String rest = flat.substring(bold.get(0).strip().length());
                rest = stripTrailingMedal(rest);
                String title = Cleaning.title(rest);
                return Optional.of(new Item(splitter.split(b), title.isEmpty() ? null : title, medal));
            }
        }
        // 3. A dash between the title and the names, on either side.
        Optional<Item> dashed = splitAtDash(flat, medal);
        if (dashed.isPresent()) {
            return dashed;
        }
        // 4. "Collectivité avec projet".
        Matcher a = AVEC.matcher(flat);
        while (a.find()) {
            String left = flat.substring(0, a.start());
            String right = flat.substring(a.end());
            if (namesScore(left) > 0) {
                return Optional.of(new Item(splitter.split(left), Cleaning.title(right), medal));
            }
            Optional<String> prefix = namePrefix(left);
            if (prefix.isPresent()) {
                return Optional.of(new Item(splitter.split(prefix.get()),
                        Cleaning.title(flat.substring(prefix.get().length())), medal));
            }
        }
        // 5. Only names.
        if (namesScore(flat) > 0) {
            return Optional.of(new Item(splitter.split(flat), null, medal));
        }
        return Optional.empty();
    }

    private Optional<Item> splitAtDash(String flat, Medal medal) {
        List<int[]> seps = new ArrayList<>();
        Matcher d = DASH.matcher(flat);
        while (d.find()) {
            seps.add(new int[] {d.start(), d.end()});
        }
        Item best = null;
        double bestScore = 0;
        for (int[] sep : seps) {
            String left = flat.substring(0, sep[0]).strip();
            String right = flat.substring(sep[1]).strip();
            if (left.isEmpty() || right.isEmpty()) {
                continue;
            }
            double r = namesScore(right);
            double l = namesScore(left);
            if (r > bestScore && r >= l) {
                best = new Item(splitter.split(right), Cleaning.title(left), medal);
                bestScore = r;
            } else if (l > bestScore) {
                best = new Item(splitter.split(left), Cleaning.title(right), medal);
                bestScore = l;
            }
        }
        return Optional.ofNullable(best);
    }

    /** "Région Rhône-Alpes 500 destinations…": the longest leading run that names a collectivité. */
    private Optional<String> namePrefix(String text) {
        Matcher m = NAME_END.matcher(text);
        while (m.find()) {
            String p = text.substring(0, m.start()).strip();
            if (namesScore(p) > 0) {
                return Optional.of(p);
            }
        }
        String[] words = text.split("\\s+");
        for (int n = Math.min(words.length - 1, 8); n >= 2; n--) {
            String p = String.join(" ", java.util.Arrays.copyOf(words, n));
            if (oracle.resolveScore(p) >= 0.9) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /**
     * How surely a text is a list of collectivité names: the share of its parts that are names, 0 when
     * the first part is not one.
     */
    public double namesScore(String text) {
        String t = Text.collapse(text);
        if (t.isEmpty() || Text.wordCount(t) > 40) {
            return 0;
        }
        List<String> parts = splitter.split(t);
        if (parts.isEmpty() || !oracle.isCollectivite(parts.get(0))) {
            return 0;
        }
        int ok = 0;
        double score = 0;
        for (String p : parts) {
            if (!Character.isUpperCase(p.charAt(0)) && !Character.isDigit(p.charAt(0))) {
                continue;
            }
            if (oracle.isCollectivite(p)) {
                ok++;
                score += Math.max(0.5, oracle.resolveScore(p));
            }
        }
        return ok == 0 ? 0 : score / parts.size();
    }

    private static String stripTrailingMedal(String s) {
        return MedalPhrases.trailing(s).map(MedalPhrases.MedalAndRest::rest).orElse(s).strip();
    }

    private static List<String> nonEmptyLines(String text) {
        List<String> out = new ArrayList<>();
        for (String l : text.split("\n")) {
            if (!l.isBlank()) {
                out.add(l.strip());
            }
        }
        return out;
    }
}
