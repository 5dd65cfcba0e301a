package fr.palmares.merge;

import static org.assertj.core.api.Assertions.assertThat;

import fr.palmares.model.Collectivite;
import fr.palmares.model.Laureate;
import fr.palmares.model.Source;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules that make one award of several readings, whatever their order. */
class MergerTest {

    private static Laureate reading(String id, String medal, String category, String project, String name, String siren,
            String file, double confidence) {
        Collectivite c = new Collectivite(name, "epci", siren, "06", "93", "Provence-Alpes-Côte d'Azur",
                siren == null ? null : new Collectivite.Match("exact", 1.0));
        return new Laureate(id, 2023, medal, category, project, List.of(c), null,
                List.of(new Source(file, file + "-sha", "annuaire", null, 1)), confidence, List.of());
    }

    /** The merge, checked to agree with the reference (every pair compared). */
    private static List<Laureate> merged(List<Laureate> readings) {
        List<Laureate> out = new Merger().merge(readings);
        assertThat(out).isEqualTo(new ReferenceMerger().merge(readings));
        return out;
    }

    @Test
    void differentNamesOfTheSameBodyAndTitleVariantsAreOneAward() {
        Laureate a = reading("a1", "bronze", "TERRITOIRE INTELLIGENT", "Un territoire connecté face au risque inondation",
                "Communauté d'agglomération Cannes Lérins", "200039915", "annuaire.pdf", 0.95);
        Laureate b = reading("b1", null, "Territoire intelligent", "Un territoire connecté face au risque inondation",
                "Communauté d'agglomération Cannes Pays de Lérins", "200039915", "dossier.pdf", 0.85);
        Laureate c = reading("c1", "argent", "Territoire intelligent", "CARTE AILFE, une solution de dématérialisation",
                "CA du Nord Grande Terre", "200018653", "annuaire.pdf", 0.95);
        Laureate d = reading("d1", null, "Territoire intelligent", "Carte ALIFE, une solution de dématérialisation",
                "Communauté d'agglomération du Nord Grande Terre", "200018653", "dossier.pdf", 0.85);
        List<Laureate> merged = merged(List.of(a, b, c, d));
        assertThat(merged).hasSize(2);
        Laureate cannes = merged.stream().filter(l -> l.project().startsWith("Un territoire")).findFirst().orElseThrow();
        assertThat(cannes.id()).isEqualTo("a1");
        assertThat(cannes.medal()).isEqualTo("bronze");
        assertThat(cannes.category()).isEqualTo("Territoire intelligent");
        assertThat(cannes.collectivites().get(0).name()).isEqualTo("Communauté d'agglomération Cannes Lérins");
        assertThat(cannes.sources()).extracting(Source::file).containsExactly("annuaire.pdf", "dossier.pdf");
    }

    @Test
    void disagreeingMedalsAreKeptAsAConflict() {
        Laureate a = reading("a1", "or", "Cat", "Rudi", "Rennes Métropole", "243500139", "a.pdf", 0.95);
        Laureate b = reading("b1", "argent", "Cat", "RUDI", "Rennes Métropole", "243500139", "b.pdf", 0.9);
        List<Laureate> merged = merged(List.of(b, a));
        assertThat(merged).hasSize(1);
        assertThat(merged.get(0).medal()).isEqualTo("or");
        assertThat(merged.get(0).conflicts()).singleElement().satisfies(c -> {
            assertThat(c.field()).isEqualTo("medal");
            assertThat(c.values()).containsExactly("argent", "or");
            assertThat(c.files()).containsExactly("a.pdf", "b.pdf");
        });
    }

    @Test
    void theResultDoesNotDependOnTheOrder() {
        List<Laureate> all = new ArrayList<>(List.of(
                reading("x", "or", "A", "Projet un", "Ville de Nice", "210600888", "1.md", 0.95),
                reading("y", null, "A", "Projet un", "Ville de Nice", "210600888", "2.md", 0.85),
                reading("z", "bronze", "B", "Projet deux", "Ville de Nice", "210600888", "1.md", 0.95),
                reading("w", "bronze", "B", "Autre chose", "Ville de Cannes", "210600292", "3.md", 0.9)));
        List<Laureate> first = merged(all);
        for (long seed = 1; seed <= 5; seed++) {
            Collections.shuffle(all, new java.util.Random(seed));
            assertThat(merged(all)).isEqualTo(first);
        }
        assertThat(first).hasSize(3);
    }
}
