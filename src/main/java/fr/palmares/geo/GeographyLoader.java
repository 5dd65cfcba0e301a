package fr.palmares.geo;

import static fr.palmares.geo.TsvResource.field;
import static fr.palmares.geo.TsvResource.number;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;

/** Reads the /geo/ resources into a {@link Geography}. */
final class GeographyLoader {
    private GeographyLoader() {
    }

    /**
     * communes.tsv.gz is the one big table: parsed by hand, field by field, without intermediate arrays,
     * repeated codes shared (this keeps the cold load short).
     */
    static List<Commune> communes(String text) {
        List<Commune> communes = new ArrayList<>(36_000);
        Map<String, String> shared = new HashMap<>();
        int pos = text.indexOf('\n') + 1; // header
        int n = text.length();
        String[] f = new String[8];
        while (pos < n) {
            int end = text.indexOf('\n', pos);
            if (end < 0) {
                end = n;
            }
            int k = 0;
            int start = pos;
            for (int i = pos; i <= end && k < f.length; i++) {
                if (i == end || text.charAt(i) == '\t') {
                    f[k++] = i > start ? text.substring(start, i) : null;
                    start = i + 1;
                }
            }
            while (k < f.length) {
                f[k++] = null;
            }
            if (f[0] != null) {
                communes.add(new Commune(f[0], f[1], shared.computeIfAbsent(f[2], s -> s),
                        shared.computeIfAbsent(f[3], s -> s), f[4] == null ? 0 : Integer.parseInt(f[4]), f[5],
                        f[6] == null ? null : shared.computeIfAbsent(f[6], s -> s),
                        f[7] == null ? null : shared.computeIfAbsent(f[7], s -> s)));
            }
            pos = end + 1;
        }
        return communes;
    }

    static Geography load() {
        List<Epci> epcis = new ArrayList<>();
        for (String[] r : TsvResource.read("epci.tsv.gz", true)) {
            epcis.add(new Epci(r[0], r[1], r[2], field(r, 3), field(r, 4), number(r, 5)));
        }
        List<Departement> departements = new ArrayList<>();
        for (String[] r : TsvResource.read("departements.tsv.gz", true)) {
            departements.add(new Departement(r[0], r[1], r[2]));
        }
        List<Region> regions = new ArrayList<>();
        for (String[] r : TsvResource.read("regions.tsv.gz", true)) {
            regions.add(new Region(r[0], r[1]));
        }
        List<Alias> aliases = new ArrayList<>();
        for (String[] r : TsvResource.read("aliases.tsv", false)) {
            aliases.add(new Alias(r[0], r[1], r[2], field(r, 3)));
        }
        List<KnownBody> bodies = new ArrayList<>();
        for (String[] r : TsvResource.read("bodies.tsv", false)) {
            bodies.add(new KnownBody(r[0], r[1], field(r, 2), field(r, 3), field(r, 4)));
        }
        List<NamedArea> areas = new ArrayList<>();
        for (String[] r : TsvResource.read("places.tsv", false)) {
            areas.add(new NamedArea(r[0], field(r, 1), field(r, 2), field(r, 3)));
        }
        List<FormerRegion> formerRegions = new ArrayList<>();
        for (String[] r : TsvResource.read("anciennes-regions.tsv", false)) {
            formerRegions.add(new FormerRegion(r[0], r[1], r[2], List.of(r[3].split(",")), field(r, 4)));
        }
        String version = TsvResource.read("version.txt", false).stream().findFirst()
                .map(r -> r[0] + " " + field(r, 1)).orElse("unknown");
        return new Geography(GeographyLoader::communeTable, epcis, departements, regions, aliases, bodies, areas,
                formerRegions, version);
    }

    static Geography.CommuneTable communeTable() {
        List<Commune> communes = communes(TsvResource.text("communes.tsv.gz"));
        List<FormerCommune> former = new ArrayList<>();
        for (String[] r : TsvResource.read("anciennes-communes.tsv.gz", true)) {
            former.add(new FormerCommune(r[0], r[1], r[2], r[3]));
        }
        return Geography.CommuneTable.of(communes, former);
    }
}
