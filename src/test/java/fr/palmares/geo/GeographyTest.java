package fr.palmares.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class GeographyTest {
    private static final Geography GEO = Geography.bundled();

    @Test
    void bundledIsLoadedOnce() {
        assertThat(Geography.bundled()).isSameAs(GEO);
        assertThat(GEO.dataVersion()).isEqualTo("@etalab/decoupage-administratif 6.0.0");
    }

    @Test
    void holdsOnlyCurrentCommunes() {
        assertThat(GEO.communes()).hasSizeBetween(34_000, 36_000);
        assertThat(GEO.commune("35238")).isEqualTo(new Commune("35238", "Rennes", "35", "53",
                GEO.commune("35238").population(), "213502388", "243500139", null));
        assertThat(GEO.commune("35238").population()).isGreaterThan(200_000);
        // arrondissements municipaux and communes déléguées are not communes
        assertThat(GEO.commune("75101")).isNull();
        assertThat(GEO.communes()).extracting(Commune::name).doesNotContain("Paris 1er Arrondissement");
        assertThat(GEO.formerCommunes()).anyMatch(f -> f.name().equals("Lunas") && f.commune().equals("34144"));
    }

    @Test
    void epciDepartementIsWhereMostOfItsPopulationLives() {
        assertThat(GEO.epci("200046977")).satisfies(e -> {
            assertThat(e.name()).isEqualTo("Métropole de Lyon");
            assertThat(e.departement()).isEqualTo("69");
            assertThat(e.region()).isEqualTo("84");
        });
        // every EPCI: recompute from its member communes
        Map<String, Map<String, Integer>> popByEpciAndDep = GEO.communes().stream().filter(c -> c.epci() != null)
                .collect(Collectors.groupingBy(Commune::epci,
                        Collectors.groupingBy(Commune::departement, Collectors.summingInt(Commune::population))));
        int spanning = 0;
        for (Epci e : GEO.epcis()) {
            if (e.nature().equals("EPT")) {
                continue;
            }
            Map<String, Integer> byDep = popByEpciAndDep.get(e.siren());
            assertThat(byDep).as(e.name()).isNotNull();
            int max = byDep.values().stream().mapToInt(Integer::intValue).max().orElseThrow();
            assertThat(byDep.get(e.departement())).as(e.name()).isEqualTo(max);
            assertThat(e.region()).isEqualTo(GEO.departement(e.departement()).region());
            spanning += byDep.size() > 1 ? 1 : 0;
        }
        assertThat(spanning).as("EPCI over several départements").isGreaterThan(50);
    }

    @Test
    void regionsAndDepartementsUseInseeCodes() {
        assertThat(GEO.region("01").name()).isEqualTo("Guadeloupe");
        assertThat(GEO.region("84").name()).isEqualTo("Auvergne-Rhône-Alpes");
        assertThat(GEO.regionName("53")).isEqualTo("Bretagne");
        assertThat(GEO.departement("2A").name()).isEqualTo("Corse-du-Sud");
        assertThat(GEO.departement("971").region()).isEqualTo("01");
        assertThat(GEO.departements()).hasSizeGreaterThanOrEqualTo(101);
        assertThat(GEO.regions()).hasSizeGreaterThanOrEqualTo(18);
    }

    @Test
    void handMadeTablesPointAtExistingPlaces() {
        Map<String, Function<String, Object>> targets = Map.of("region", GEO::region, "departement",
                GEO::departement, "epci", GEO::epci, "commune", GEO::commune);
        assertThat(GEO.aliases()).hasSizeGreaterThan(20).allSatisfy(a -> {
            assertThat(targets).containsKey(a.kind());
            assertThat(targets.get(a.kind()).apply(a.code())).as(a.name()).isNotNull();
            assertThat(a.source()).as(a.name()).isNotBlank();
        });
        assertThat(GEO.bodies()).allSatisfy(b -> {
            assertThat(b.type()).isIn("syndicat", "etat", "autre", "departement");
            assertThat(b.source()).isNotBlank();
            if (b.departement() != null) {
                assertThat(GEO.departement(b.departement())).isNotNull();
            }
        });
        assertThat(GEO.areas()).allSatisfy(p -> assertThat(p.source()).isNotBlank());
        assertThat(GEO.formerRegions()).hasSize(16).allSatisfy(f -> {
            assertThat(GEO.region(f.region())).as(f.name()).isNotNull();
            assertThat(f.source()).isNotBlank();
            assertThat(f.departements()).allSatisfy(d -> assertThat(GEO.departement(d).region()).as(f.name() + " " + d)
                    .isEqualTo(f.region()));
        });
        // the former régions share out the départements of the régions they formed, each once
        List<String> all = GEO.formerRegions().stream().flatMap(f -> f.departements().stream()).toList();
        assertThat(all).doesNotHaveDuplicates();
        for (String region : GEO.formerRegions().stream().map(FormerRegion::region).distinct().toList()) {
            assertThat(all).as(region).containsAll(GEO.departements().stream().filter(d -> d.region().equals(region))
                    .map(Departement::code).toList());
        }
    }

    @Test
    void resourcesStaySmall() throws IOException {
        long total = 0;
        for (String name : List.of("communes.tsv.gz", "anciennes-communes.tsv.gz", "epci.tsv.gz",
                "departements.tsv.gz", "regions.tsv.gz", "aliases.tsv", "bodies.tsv", "places.tsv", "anciennes-regions.tsv")) {
            try (InputStream in = Geography.class.getResourceAsStream("/geo/" + name)) {
                assertThat(in).as(name).isNotNull();
                total += in.readAllBytes().length;
            }
        }
        assertThat(total).isLessThan(1_000_000);
    }

    @Test
    void oneKeyFunctionForAllNames() {
        List<String> names = new ArrayList<>();
        GEO.communes().forEach(c -> names.add(c.name()));
        GEO.epcis().forEach(e -> names.add(e.name()));
        GEO.formerCommunes().forEach(f -> names.add(f.name()));
        for (String name : names) {
            assertThat(NameKey.key(name)).as(name).isEqualTo(NameKey.join(NameKey.tokens(name)));
        }
    }

    @Test
    void concurrentFirstUseIsSafe() throws Exception {
        Geography fresh = GeographyLoader.load();
        CollectiviteResolver resolver = new CollectiviteResolver(fresh);
        List<Thread> threads = new ArrayList<>();
        List<String> results = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < 4; i++) {
            Thread t = new Thread(() -> results.add(resolver.resolve("Mairie de Lunas",
                    List.of("Communauté d'agglomération Bergeracoise"), "").map(r -> r.place().departement())
                    .orElse("none")));
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        assertThat(results).containsExactly("24", "24", "24", "24");
    }

    @Test
    void loadsFast() {
        long start = System.nanoTime();
        Geography fresh = GeographyLoader.load();
        new CollectiviteResolver(fresh).looksLikeCollectivite("Rennes");
        long millis = (System.nanoTime() - start) / 1_000_000;
        // generous bound for a loaded CI machine; typically well under a second even cold
        assertThat(millis).isLessThan(3_000);
    }
}
