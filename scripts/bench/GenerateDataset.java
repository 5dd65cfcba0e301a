import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes a synthetic palmares dataset of N laureates (schema 1) for benchmarks: a fixed seed, so the
 * same N gives the same file. Usage: java GenerateDataset.java N OUTPUT.json [--index]
 *
 * <p>With --index (and target/palmares.jar on the class path: {@code java -cp target/palmares.jar ...}),
 * also writes the dataset's query index, as {@code palmares extract -o OUTPUT.json} does.
 */
public class GenerateDataset {
    private static final String[][] PLACES = {
        {"Ville de Brest", "commune", "29", "53", "Bretagne"}, {"Rennes Métropole", "epci", "35", "53", "Bretagne"},
        {"Métropole de Lyon", "epci", "69", "84", "Auvergne-Rhône-Alpes"},
        {"Bordeaux Métropole", "epci", "33", "75", "Nouvelle-Aquitaine"},
        {"Ville de Paris", "commune", "75", "11", "Île-de-France"},
        {"Département de la Loire", "departement", "42", "84", "Auvergne-Rhône-Alpes"},
        {"Région Occitanie", "region", null, "76", "Occitanie"},
        {"Communauté urbaine de Dunkerque", "epci", "59", "32", "Hauts-de-France"},
        {"Megalis Bretagne", "syndicat", null, "53", "Bretagne"},
        {"Ville d'Antony", "commune", "92", "11", "Île-de-France"}};
    private static final String[] MEDALS = {"or", "argent", "bronze", null};
    private static final String[] CATEGORIES = {"Inclusion numérique", "Participation citoyenne", "Gestion des données",
        "Territoire intelligent et responsable", "E-santé", null};

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        Random r = new Random(42);
        try (BufferedWriter w = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
            w.write("{\n  \"schemaVersion\": 1,\n  \"laureates\": [\n");
            for (int i = 0; i < n; i++) {
                String[] p = PLACES[r.nextInt(PLACES.length)];
                String medal = MEDALS[r.nextInt(MEDALS.length)];
                String cat = CATEGORIES[r.nextInt(CATEGORIES.length)];
                int year = 2009 + r.nextInt(16);
                w.write("    {\"id\": \"" + String.format("%016x", (long) i * 2654435761L) + "\", \"edition\": " + year
                        + ", \"medal\": " + q(medal) + ", \"category\": " + q(cat) + ", \"project\": \"Projet numérique n°" + i
                        + "\", \"collectivites\": [{\"name\": " + q(p[0]) + ", \"type\": " + q(p[1])
                        + ", \"siren\": null, \"departement\": " + q(p[2]) + ", \"region\": " + q(p[3])
                        + ", \"regionName\": " + q(p[4]) + ", \"match\": {\"kind\": \"exact\", \"score\": 1.0}}]"
                        + ", \"description\": \"Un projet de démonstration pour mesurer les requêtes.\""
                        + ", \"sources\": [{\"file\": \"archives/doc" + (i % 500) + ".pdf\", \"sha256\": \"" + "0".repeat(64)
                        + "\", \"type\": \"annuaire\", \"page\": " + (1 + i % 40) + "}], \"confidence\": 0.95}"
                        + (i + 1 < n ? "," : "") + "\n");
            }
            w.write("  ]\n}\n");
        }
        if (args.length > 2 && args[2].equals("--index")) {
            Path out = Path.of(args[1]);
            Class.forName("fr.palmares.query.QueryIndex").getMethod("prepare", Path.class, byte[].class)
                    .invoke(null, out, Files.readAllBytes(out));
        }
    }

    private static String q(String s) {
        return s == null ? "null" : "\"" + s + "\"";
    }
}
