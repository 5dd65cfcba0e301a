import fr.palmares.merge.Merger;
import fr.palmares.model.Collectivite;
import fr.palmares.model.Laureate;
import fr.palmares.model.Source;
import fr.palmares.normalize.Ids;
import fr.palmares.write.DatasetWriter;
import fr.palmares.write.Format;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The merge benchmark's program, run with palmares' jar on the class path (see bench-merge.sh):
 * <pre>
 *   java -cp target/palmares.jar scripts/bench/MergeBench.java time N [RUNS]   # merge N awards' readings in memory
 *   java -cp target/palmares.jar scripts/bench/MergeBench.java dataset N FILE  # write a dataset of N laureates (JSON)
 * </pre>
 * Synthetic awards with a fixed seed (same N, same awards): editions 2009-2025, a pool of collectivités
 * (most with a SIREN, a few very frequent ones like big cities), titles of 3 to 7 words, each award read
 * by 1 to 3 documents with the variations documents give (capitals, a word more, a typo, a missing medal
 * or category, a collectivité unresolved in one of them). Ids are computed as the pipeline computes them.
 */
public class MergeBench {
    private static final String[] SYLLABLES = {"ba", "be", "bi", "bo", "ca", "ce", "co", "da", "de", "di", "do", "fa",
        "fe", "ga", "go", "la", "le", "li", "lo", "ma", "me", "mi", "mo", "na", "ne", "no", "pa", "pe", "po", "ra",
        "re", "ri", "ro", "sa", "se", "si", "so", "ta", "te", "ti", "to", "va", "ve", "vi", "vo", "ny", "lu", "ru"};
    private static final String[] WORDS = {"territoire", "numérique", "données", "citoyen", "école", "santé",
        "mobilité", "inclusion", "plateforme", "connectée", "ouverte", "réseau", "services", "eau", "énergie",
        "tiers-lieu", "application", "portail", "démarches", "jeunesse", "seniors", "agriculture", "déchets",
        "éclairage", "capteurs", "cartographie", "participation", "budget", "culture", "bibliothèque",
        "médiation", "fibre", "wifi", "jumeau", "urbain", "rural", "solidaire", "sobriété", "cyber", "sécurité",
        "transport", "stationnement", "tourisme", "patrimoine", "formation", "emploi", "entreprises", "habitat"};
    private static final String[] TYPES = {"commune", "epci", "departement", "region", "syndicat"};
    private static final String[] MEDALS = {"or", "argent", "bronze"};
    private static final String[] CATEGORIES = {"Inclusion numérique", "Participation citoyenne", "Gestion des données",
        "Territoire intelligent et responsable", "E-santé", "Éducation", "Services aux usagers", "Mobilité"};

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[1]);
        if (args[0].equals("dataset")) {
            // A few more awards than asked for (some merge), then the first n laureates.
            List<Laureate> merged = new Merger().merge(new MergeBench(n + n / 50 + 10).readings(1));
            merged = merged.subList(0, Math.min(n, merged.size()));
            Files.write(Path.of(args[2]), new DatasetWriter().write(merged, Format.JSON, false));
            System.err.println(merged.size() + " laureates -> " + args[2]);
            return;
        }
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        List<Laureate> readings = new MergeBench(n).readings(3);
        long[] ms = new long[runs];
        int out = 0;
        for (int r = 0; r < runs; r++) {
            long t0 = System.nanoTime();
            out = new Merger().merge(readings).size();
            ms[r] = (System.nanoTime() - t0) / 1_000_000;
        }
        long first = ms[0];
        Arrays.sort(ms);
        System.out.printf(Locale.ROOT, "merge %7d awards: %7d readings -> %7d laureates   first %6d ms   best %6d ms"
                + "   median %6d ms%n", n, readings.size(), out, first, ms[0], ms[runs / 2]);
    }

    private final int awards;
    private final Random random = new Random(17);
    private final List<Collectivite> bodies = new ArrayList<>();

    MergeBench(int awards) {
        this.awards = awards;
        int pool = Math.max(300, awards / 2);
        for (int i = 0; i < pool; i++) {
            String type = TYPES[i % 7 == 0 ? 1 + random.nextInt(4) : 0];
            String name = switch (type) {
                case "commune" -> "Ville de " + word(i);
                case "epci" -> "Communauté de communes " + word(i);
                case "departement" -> "Département " + word(i);
                case "region" -> "Région " + word(i);
                default -> "Syndicat mixte " + word(i);
            };
            String siren = random.nextInt(10) < 8 ? String.format("2%08d", i) : null;
            bodies.add(new Collectivite(name, type, siren, String.format("%02d", 1 + random.nextInt(95)), "53",
                    "Bretagne", siren == null ? null : new Collectivite.Match("exact", 1.0)));
        }
    }

    /** A name of its own for collectivité i: syllables of i's digits in base 48, capitalized. */
    private static String word(int i) {
        StringBuilder b = new StringBuilder();
        int x = i + 48 * 48;
        while (x > 0) {
            b.append(SYLLABLES[x % SYLLABLES.length]);
            x /= SYLLABLES.length;
        }
        return Character.toUpperCase(b.charAt(0)) + b.substring(1);
    }

    /** Every award read by 1 to {@code maxCopies} documents. */
    List<Laureate> readings(int maxCopies) {
        List<Laureate> out = new ArrayList<>();
        for (int a = 0; a < awards; a++) {
            int edition = 2009 + random.nextInt(17);
            StringBuilder title = new StringBuilder();
            int words = 3 + random.nextInt(5);
            for (int w = 0; w < words; w++) {
                title.append(w == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
            }
            String project = Character.toUpperCase(title.charAt(0)) + title.substring(1);
            String medal = MEDALS[random.nextInt(3)];
            String category = CATEGORIES[random.nextInt(CATEGORIES.length)];
            List<Collectivite> credited = new ArrayList<>();
            int count = random.nextInt(8) == 0 ? 2 + random.nextInt(2) : 1;
            for (int c = 0; c < count; c++) {
                // One pick in ten among twenty frequent laureates (big cities), the others among all.
                credited.add(bodies.get(random.nextInt(10) == 0 ? random.nextInt(20) : random.nextInt(bodies.size())));
            }
            int copies = 1 + random.nextInt(maxCopies);
            for (int c = 0; c < copies; c++) {
                out.add(reading(a, c, edition, medal, category, project, credited));
            }
        }
        return out;
    }

    private Laureate reading(int award, int copy, int edition, String medal, String category, String project,
            List<Collectivite> credited) {
        String p = copy == 0 ? project : switch (random.nextInt(4)) {
            case 0 -> project.toUpperCase(Locale.ROOT);
            case 1 -> project + " pour tous";
            case 2 -> project.replaceFirst("e", "a");
            default -> project;
        };
        String m = copy > 0 && random.nextInt(3) == 0 ? null : medal;
        String cat = copy > 0 && random.nextInt(3) == 0 ? category.toUpperCase(Locale.ROOT) : category;
        List<Collectivite> bodies = new ArrayList<>(credited);
        if (copy > 0 && random.nextInt(4) == 0) {
            Collectivite c = bodies.get(0);
            bodies.set(0, Collectivite.unresolved(c.name(), c.type()));
        }
        List<String> keys = bodies.stream().map(Ids::collectiviteKey).toList();
        String file = "archives/" + edition + "/doc" + (award % 40) + "-" + copy + (copy % 2 == 0 ? ".pdf" : ".md");
        return new Laureate(Ids.of(edition, keys, p), edition, m, cat, p, bodies,
                copy == 0 ? "Un projet pour mesurer la fusion." : null,
                List.of(new Source(file, String.format("%064x", award * 31L + copy), copy % 2 == 0 ? "annuaire" : "dossier",
                        copy % 2 == 0 ? 1 + award % 60 : null, copy % 2 == 0 ? null : 1 + award % 400)),
                copy == 0 ? 0.95 : 0.85, List.of());
    }
}
