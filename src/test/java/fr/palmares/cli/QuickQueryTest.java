package fr.palmares.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A query read without picocli answers exactly as picocli's reading does (output, messages, exit
 * status), and what it does not read the same way is left to picocli.
 */
class QuickQueryTest {
    private static final String DATASET = "src/test/resources/query/dataset.json";

    @TempDir
    Path tmp;

    @AfterEach
    void restore() {
        System.clearProperty("palmares.quickQuery");
    }

    @Test
    void sameAnswersAsPicocli() throws Exception {
        String[][] queries = {
            {"--dataset", DATASET, "--region", "Bretagne", "--medal", "or", "--year", "2015..", "--count"},
            {"--dataset=" + DATASET, "--region=84", "--format=json"},
            {"--dataset", DATASET, "--text", "données", "--category", "inclusion,territoire", "--format", "csv"},
            {"--dataset", DATASET, "--group-by", "region,medal", "--format", "json", "--limit", "3"},
            {"--dataset", DATASET, "--group-by", "year", "--format", "csv", "--excel"},
            {"--dataset", DATASET, "--fields", "edition,medal,project", "--sort", "edition", "--limit", "4", "--width", "60",
                "--format", "table"},
            {"--dataset", DATASET, "--collectivite", "métropole", "--type", "epci", "--departement", "69", "--format", "jsonl"},
            {"--dataset", DATASET, "--region", "Bretange", "--count"},
            {"--dataset", DATASET, "--year", "2019..2013", "--count"},
            {"--dataset", DATASET, "--count", "--format", "json"},
            {"--dataset", DATASET, "--type", "ville", "--count"},
            {"--dataset", DATASET, "--medal", "platine", "--count"},
            {"--dataset", "no-such-file.json", "--count"},
            {"--dataset", DATASET, "--format", "sqlite"},
            {"--dataset", DATASET, "--limit", "0", "--format", "json"},
            {"--region", "Bretagne", "--medal", "or", "--format", "json"},
            {"--count"},
        };
        for (String[] q : queries) {
            System.setProperty("palmares.quickQuery", "false");
            Console.Run slow = run(q);
            System.clearProperty("palmares.quickQuery");
            assertThat(QuickQuery.parse(q, 0)).as(String.join(" ", q)).isNotNull();
            Console.Run quick = run(q);
            assertThat(quick).as(String.join(" ", q)).isEqualTo(slow);
        }
        // With --verbose, the same message and a stack trace (whose frames differ, picocli's or not).
        String[] verbose = {"--dataset", DATASET, "--medal", "platine", "--count", "--verbose"};
        System.setProperty("palmares.quickQuery", "false");
        Console.Run slow = run(verbose);
        System.clearProperty("palmares.quickQuery");
        Console.Run quick = run(verbose);
        assertThat(quick.status()).isEqualTo(slow.status()).isEqualTo(2);
        assertThat(quick.err().lines().limit(2).toList()).isEqualTo(slow.err().lines().limit(2).toList());
        assertThat(quick.err()).contains("\tat fr.palmares.cli.QueryCommand.call");
        Path a = tmp.resolve("a.csv");
        Path b = tmp.resolve("b.csv");
        System.setProperty("palmares.quickQuery", "false");
        run("--dataset", DATASET, "--year", "2013", "-o", a.toString());
        System.clearProperty("palmares.quickQuery");
        run("--dataset", DATASET, "--year", "2013", "--output", b.toString());
        assertThat(Files.readString(b)).isEqualTo(Files.readString(a)).contains("2013");
    }

    @Test
    void leavesToPicocliWhatItDoesNotReadTheSameWay() {
        String[][] left = {{"--help"}, {"-h"}, {"--version"}, {"--regoin", "x"}, {"--count", "--count"},
            {"--format", "json", "--format", "csv"}, {"--sort", "-edition"}, {"--region", ""}, {"--region", "a,,b"},
            {"--region", "a,"}, {"--region", "\"a,b\""}, {"--limit", "-1"}, {"--limit", "0x10"}, {"--limit", "010"},
            {"--dataset"}, {"@args.txt"}, {"--region", "@file"}, {"--count=true"}, {"-o=x.json"}, {"-ox.json"},
            {"--", "--count"}, {"positional"}, {"-o", "a.json", "--output", "b.json"}};
        for (String[] q : left) {
            assertThat(QuickQuery.parse(q, 0)).as(String.join(" ", q)).isNull();
        }
    }

    private static Console.Run run(String... queryArgs) {
        List<String> args = new ArrayList<>(List.of("query"));
        args.addAll(List.of(queryArgs));
        return Console.run(() -> Palmares.run(Terminals.fixed(false, false, 80, false), args.toArray(String[]::new)));
    }
}
