package fr.palmares.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * {@code palmares query} with plain arguments, read without picocli: building picocli's model of the
 * six commands from their annotations is most of what a query costs before it reads anything (about
 * 0.08 s of a 0.4 s count on 100,000 laureates). Only what picocli would read the same way is taken here:
 * {@code --option value} and {@code --option=value} of the query's own options, each single-valued
 * option and flag at most once, values that are not empty, do not start with '-' (but "-" itself) nor
 * '@', hold no quote and no empty item between commas, and numbers of digits only. Anything else (help,
 * a typo, a repeated option...) goes to picocli, which gives its own answer or message.
 */
final class QuickQuery {
    private static final Set<String> LISTS = Set.of("--year", "--medal", "--region", "--departement", "--category",
            "--collectivite", "--type", "--text", "--group-by", "--fields", "--sort");
    private static final Set<String> VALUES = Set.of("--dataset", "--format", "-o", "--output", "--limit", "--width");
    private static final Set<String> FLAGS = Set.of("--excel", "--count", "--verbose");

    private QuickQuery() {
    }

    /** Whether the quick reading may be tried (property palmares.quickQuery=false: always picocli, for tests). */
    static boolean enabled() {
        return !"false".equals(System.getProperty("palmares.quickQuery"));
    }

    /** The query these arguments (those after "query") ask for, or null when picocli must read them. */
    static @Nullable QueryCommand parse(String[] args, int from) {
        QueryCommand q = new QueryCommand();
        Set<String> seen = new HashSet<>();
        for (int i = from; i < args.length; i++) {
            String a = args[i];
            if (a.startsWith("@")) {
                return null;
            }
            String name = a;
            String value = null;
            int eq = a.indexOf('=');
            if (a.startsWith("--") && eq > 2) {
                name = a.substring(0, eq);
                value = a.substring(eq + 1);
            }
            if (FLAGS.contains(name)) {
                if (value != null || !seen.add(name)) {
                    return null;
                }
                switch (name) {
                    case "--excel" -> q.excel = true;
                    case "--count" -> q.count = true;
                    default -> q.verbose = true;
                }
                continue;
            }
            boolean list = LISTS.contains(name);
            if (!list && !VALUES.contains(name)) {
                return null;
            }
            if (value == null) {
                if (i + 1 >= args.length) {
                    return null;
                }
                value = args[++i];
            }
            if (!plain(value)) {
                return null;
            }
            if (list) {
                List<String> items = List.of(value.split(",", -1));
                if (items.contains("")) {
                    return null;
                }
                target(q, name).addAll(items);
                continue;
            }
            if (!seen.add(name.equals("-o") ? "--output" : name)) {
                return null;
            }
            try {
                switch (name) {
                    case "--dataset" -> q.dataset = Path.of(value);
                    case "-o", "--output" -> q.output = Path.of(value);
                    case "--format" -> q.format = value;
                    default -> {
                        if (!value.matches("0|[1-9][0-9]{0,8}")) {
                            return null;
                        }
                        if (name.equals("--limit")) {
                            q.limit = Integer.valueOf(value);
                        } else {
                            q.width = Integer.valueOf(value);
                        }
                    }
                }
            } catch (RuntimeException e) {
                return null;
            }
        }
        return q;
    }

    private static boolean plain(String value) {
        return !value.isEmpty() && (value.equals("-") || !value.startsWith("-")) && !value.startsWith("@")
                && value.indexOf('"') < 0 && value.indexOf('\'') < 0;
    }

    private static List<String> target(QueryCommand q, String name) {
        return switch (name) {
            case "--year" -> q.years;
            case "--medal" -> q.medals;
            case "--region" -> q.regions;
            case "--departement" -> q.departements;
            case "--category" -> q.categories;
            case "--collectivite" -> q.collectivites;
            case "--type" -> q.types;
            case "--text" -> q.texts;
            case "--group-by" -> q.groupBy;
            case "--fields" -> q.fields;
            default -> q.sort;
        };
    }

    /** Runs a query read by {@link #parse}; failures are reported as picocli's handler reports them. */
    static int run(QueryCommand q, Palmares root, PrintWriter err) {
        q.root = root;
        try {
            return q.call();
        } catch (Exception e) {
            return ErrorHandler.report(e, q.verbose, err);
        }
    }
}
