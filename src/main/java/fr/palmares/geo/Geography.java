package fr.palmares.geo;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The official French geography bundled in /geo/ (communes, EPCI, départements, régions from
 * {@code @etalab/decoupage-administratif}, plus the hand-made aliases, bodies, places and former régions
 * tables).
 *
 * <p>Immutable and thread-safe. {@link #bundled()} loads the small tables once, on first call; the
 * 35,000 communes and the name indexes are loaded on first use (a {@link CollectiviteResolver} starts
 * loading them in the background as soon as it is built), so that régions and départements
 * ({@link RegionLookup}) never wait for them.
 */
public final class Geography {
    /** The communes and former communes, loaded together. */
    record CommuneTable(List<Commune> communes, List<FormerCommune> formerCommunes, Map<String, Commune> byCode) {
        static CommuneTable of(List<Commune> communes, List<FormerCommune> formerCommunes) {
            return new CommuneTable(List.copyOf(communes), List.copyOf(formerCommunes), byKey(communes, Commune::code));
        }
    }

    private final Supplier<CommuneTable> communeLoader;
    private final List<Epci> epcis;
    private final List<Departement> departements;
    private final List<Region> regions;
    private final List<Alias> aliases;
    private final List<KnownBody> bodies;
    private final List<NamedArea> areas;
    private final List<FormerRegion> formerRegions;
    private final String dataVersion;
    private final Map<String, Epci> epciBySiren;
    private final Map<String, Departement> departementByCode;
    private final Map<String, Region> regionByCode;
    private final AtomicBoolean warmingUp = new AtomicBoolean();
    private volatile CommuneTable communeTable;
    private volatile GeoIndex index;
    private volatile CommuneIndex communeIndex;
    private volatile EpciIndex epciIndex;

    Geography(Supplier<CommuneTable> communeLoader, List<Epci> epcis, List<Departement> departements,
            List<Region> regions, List<Alias> aliases, List<KnownBody> bodies, List<NamedArea> areas,
            List<FormerRegion> formerRegions, String dataVersion) {
        this.formerRegions = List.copyOf(formerRegions);
        this.communeLoader = communeLoader;
        this.epcis = List.copyOf(epcis);
        this.departements = List.copyOf(departements);
        this.regions = List.copyOf(regions);
        this.aliases = List.copyOf(aliases);
        this.bodies = List.copyOf(bodies);
        this.areas = List.copyOf(areas);
        this.dataVersion = dataVersion;
        this.epciBySiren = byKey(this.epcis, Epci::siren);
        this.departementByCode = byKey(this.departements, Departement::code);
        this.regionByCode = byKey(this.regions, Region::code);
    }

    private static final class Bundled {
        static final Geography INSTANCE = GeographyLoader.load();
    }

    /** The geography shipped in the jar, loaded once on first call (class-holder idiom: lazy and thread-safe). */
    public static Geography bundled() {
        return Bundled.INSTANCE;
    }

    /** Name and version of the reference package, e.g. "@etalab/decoupage-administratif 6.0.0". */
    public String dataVersion() {
        return dataVersion;
    }

    /** The current communes (type "commune-actuelle"), by INSEE code. Loads them on first call. */
    public List<Commune> communes() {
        return communeTable().communes();
    }

    /** Communes déléguées and associées. Loads the communes on first call. */
    public List<FormerCommune> formerCommunes() {
        return communeTable().formerCommunes();
    }

    public List<Epci> epcis() {
        return epcis;
    }

    public List<Departement> departements() {
        return departements;
    }

    public List<Region> regions() {
        return regions;
    }

    public List<Alias> aliases() {
        return aliases;
    }

    public List<KnownBody> bodies() {
        return bodies;
    }

    public List<NamedArea> areas() {
        return areas;
    }

    /** The régions of metropolitan France before the 2016 mergers, with their départements. */
    public List<FormerRegion> formerRegions() {
        return formerRegions;
    }

    public Commune commune(String code) {
        return communeTable().byCode().get(code);
    }

    public Epci epci(String siren) {
        return epciBySiren.get(siren);
    }

    public Departement departement(String code) {
        return departementByCode.get(code);
    }

    public Region region(String code) {
        return regionByCode.get(code);
    }

    /** Current name of a region code, null when unknown or null. */
    public String regionName(String code) {
        Region r = code == null ? null : regionByCode.get(code);
        return r == null ? null : r.name();
    }

    /** Starts loading the communes and building the name indexes in a background daemon thread, once. */
    public void warmUp() {
        if (communeIndex == null && warmingUp.compareAndSet(false, true)) {
            Thread t = new Thread(() -> {
                index();
                epciIndex();
                communeIndex();
            }, "geo-warm-up");
            t.setDaemon(true);
            t.start();
        }
    }

    private CommuneTable communeTable() {
        CommuneTable t = communeTable;
        if (t == null) {
            synchronized (communeLoader) {
                t = communeTable;
                if (t == null) {
                    t = communeLoader.get();
                    communeTable = t;
                }
            }
        }
        return t;
    }

    /** Name indexes of everything but the communes, built once on first use. */
    GeoIndex index() {
        GeoIndex i = index;
        if (i == null) {
            synchronized (this) {
                i = index;
                if (i == null) {
                    i = new GeoIndex(this);
                    index = i;
                }
            }
        }
        return i;
    }

    /** Name indexes of the EPCI, built once on first use. */
    EpciIndex epciIndex() {
        EpciIndex i = epciIndex;
        if (i == null) {
            synchronized (epcis) {
                i = epciIndex;
                if (i == null) {
                    i = new EpciIndex(epcis);
                    epciIndex = i;
                }
            }
        }
        return i;
    }

    /** Name indexes of the communes, built once on first use. */
    CommuneIndex communeIndex() {
        CommuneIndex i = communeIndex;
        if (i == null) {
            CommuneTable table = communeTable();
            synchronized (table) {
                i = communeIndex;
                if (i == null) {
                    i = new CommuneIndex(table);
                    communeIndex = i;
                }
            }
        }
        return i;
    }

    private static <T> Map<String, T> byKey(List<T> list, Function<T, String> key) {
        return Collections.unmodifiableMap(list.stream()
                .collect(Collectors.toMap(key, Function.identity(), (a, b) -> a, LinkedHashMap::new)));
    }
}
