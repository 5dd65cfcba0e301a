package fr.palmares.merge;

import fr.palmares.model.Collectivite;
import fr.palmares.model.Laureate;
import fr.palmares.model.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Readings of a few awards as several documents would give them: the same award with its title in
 * capitals, cut short, with a typo or another word; its category in capitals or missing; medals missing
 * or contradicting; a collectivité with and without its SIREN, under another name; shared collectivités;
 * awards of one collectivité with close titles; no edition, no collectivité, an empty name; the same id
 * in two editions. Small pools make such collisions frequent. A fixed seed gives the same readings.
 */
final class GeneratedReadings {
    private static final String[] WORDS = {"territoire", "numérique", "données", "citoyen", "école", "santé",
        "mobilité", "inclusion", "plateforme", "connecté", "ouverte", "réseau", "services", "eau", "énergie"};
    private static final String[] CATEGORIES = {"Territoire intelligent", "Inclusion numérique", "E-santé",
        "Participation citoyenne"};
    private static final String[] MEDALS = {"or", "argent", "bronze"};
    private static final String[] TYPES = {"commune", "epci", "departement", "region", "syndicat"};

    private final Random random;
    private final List<Collectivite> bodies = new ArrayList<>();

    GeneratedReadings(long seed) {
        random = new Random(seed);
        for (int i = 0; i < 12; i++) {
            String siren = String.valueOf(200000000 + i * 7919);
            String name = "Ville " + WORDS[i % WORDS.length] + (i >= WORDS.length ? " " + i : "");
            bodies.add(new Collectivite(name, TYPES[i % TYPES.length], siren, "35", "53", "Bretagne",
                    new Collectivite.Match("exact", 1.0)));
        }
    }

    List<Laureate> readings(int n) {
        List<Laureate> out = new ArrayList<>();
        int award = 0;
        while (out.size() < n) {
            Integer edition = random.nextInt(30) == 0 ? null : 2020 + random.nextInt(3);
            String title = title();
            String category = random.nextInt(6) == 0 ? null : CATEGORIES[random.nextInt(CATEGORIES.length)];
            String medal = MEDALS[random.nextInt(MEDALS.length)];
            List<Collectivite> credited = new ArrayList<>();
            int count = random.nextInt(12) == 0 ? 0 : 1 + (random.nextInt(4) == 0 ? 1 : 0);
            for (int i = 0; i < count; i++) {
                credited.add(bodies.get(random.nextInt(bodies.size())));
            }
            String id = String.format("%016x", random.nextInt(25) == 0 ? award - 1 : award);
            int copies = 1 + random.nextInt(4);
            for (int c = 0; c < copies && out.size() < n; c++) {
                out.add(reading(id, edition, medal, category, title, credited, c));
            }
            award++;
        }
        return out;
    }

    private String title() {
        StringBuilder t = new StringBuilder();
        int words = 1 + random.nextInt(3);
        for (int i = 0; i < words; i++) {
            t.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return random.nextInt(20) == 0 ? "« »" : t.substring(0, 1).toUpperCase() + t.substring(1);
    }

    private Laureate reading(String id, Integer edition, String medal, String category, String title,
            List<Collectivite> credited, int copy) {
        String file = "doc" + random.nextInt(6) + (copy % 2 == 0 ? ".md" : ".pdf");
        String project = switch (random.nextInt(6)) {
            case 0 -> title.toUpperCase();
            case 1 -> title.length() > 8 ? title.substring(0, title.length() - 2) : title;
            case 2 -> title.replace('e', 'a');
            case 3 -> "Projet " + title;
            default -> title;
        };
        String cat = category == null ? null : switch (random.nextInt(4)) {
            case 0 -> category.toUpperCase();
            case 1 -> null;
            default -> category;
        };
        String med = switch (random.nextInt(5)) {
            case 0 -> null;
            case 1 -> MEDALS[random.nextInt(MEDALS.length)];
            default -> medal;
        };
        List<Collectivite> bodies = new ArrayList<>();
        for (Collectivite c : credited) {
            bodies.add(switch (random.nextInt(5)) {
                case 0 -> Collectivite.unresolved(c.name(), c.type());
                case 1 -> new Collectivite(c.name() + " (35)", c.type(), c.siren(), c.departement(), c.region(),
                        c.regionName(), new Collectivite.Match("fuzzy", 0.9));
                case 2 -> Collectivite.unresolved(random.nextInt(3) == 0 ? "" : c.name().toUpperCase(), c.type());
                default -> c;
            });
        }
        String readingId = random.nextInt(3) == 0 ? id : String.format("%016x", random.nextLong());
        double confidence = new double[] {0.95, 0.9, 0.85, 0.6}[random.nextInt(4)];
        return new Laureate(readingId, edition, med, cat, project, bodies, random.nextBoolean() ? null : "Description " + copy,
                List.of(new Source(file, "sha-" + file, "annuaire", null, 1 + random.nextInt(200))), confidence,
                List.of());
    }
}
