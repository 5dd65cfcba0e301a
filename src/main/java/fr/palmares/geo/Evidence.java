package fr.palmares.geo;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the document says about where a name lies, read by {@link EvidenceReader}; used to choose among
 * homonyms and to place what the name alone does not. It never chooses by itself: it scores candidates.
 * Places stated next to the name ("(93)", a place line) weigh most; the places of the names credited with
 * it, the region heading and the places named in the context text weigh less.
 */
final class Evidence {
    static final Evidence NONE = new Evidence();

    static final int STATED_DEPARTEMENT = 8;
    static final int STATED_REGION = 4;
    static final int EPCI = 4;
    static final int DEPARTEMENT = 2;
    static final int REGION = 1;

    final Set<String> epcis = new HashSet<>();
    final Set<String> departements = new HashSet<>();
    final Set<String> regions = new HashSet<>();
    final Set<String> words = new HashSet<>();
    /** Départements and regions printed next to the name, in order. */
    final Set<String> statedDepartements = new LinkedHashSet<>();
    final Set<String> statedRegions = new LinkedHashSet<>();
    /** Départements of one place line that names several: a body or EPCI there spans them. */
    final Set<String> spanned = new LinkedHashSet<>();
    private String text = " ";

    boolean isEmpty() {
        return epcis.isEmpty() && departements.isEmpty() && regions.isEmpty() && words.isEmpty()
                && statedDepartements.isEmpty() && statedRegions.isEmpty();
    }

    void add(Place p, Geography geo) {
        if (p.type().equals("epci") && p.siren() != null) {
            epcis.add(p.siren());
        }
        if (p.type().equals("commune") && p.siren() != null) {
            Commune c = geo.communeIndex().bySiren.get(p.siren());
            if (c != null && c.epci() != null) {
                epcis.add(c.epci());
            }
            if (c != null && c.ept() != null) {
                epcis.add(c.ept());
            }
        }
        add(new Area(p.departement(), p.region()));
    }

    void add(Area a) {
        if (a.departement() != null) {
            departements.add(a.departement());
        }
        if (a.region() != null) {
            regions.add(a.region());
        }
    }

    void state(Area a) {
        if (a.departement() != null) {
            statedDepartements.add(a.departement());
        }
        if (a.region() != null) {
            statedRegions.add(a.region());
        }
    }

    /** Adds the words of a free text. */
    void addText(String context) {
        List<String> tokens = NameKey.tokens(context);
        words.addAll(tokens);
        text = text + EpciKey.normalizeAll(tokens) + " ";
    }

    /** True when the text holds the name, its EPCI form read as the data's abbreviation. */
    boolean mentions(String name) {
        String key = EpciKey.normalizeAll(NameKey.tokens(name));
        return !key.isEmpty() && text.contains(" " + key + " ");
    }

    /**
     * The one area stated next to the name (a single département, else a single region), or null: what
     * places a body whose name names no place.
     */
    Area stated(Geography geo) {
        if (statedDepartements.size() == 1) {
            String d = statedDepartements.iterator().next();
            Departement dep = geo.departement(d);
            return new Area(d, dep == null ? null : Places.regionOrNull(dep.region()));
        }
        Set<String> regionsOfStated = new LinkedHashSet<>(statedRegions);
        for (String d : statedDepartements) {
            Departement dep = geo.departement(d);
            if (dep != null && Places.regionOrNull(dep.region()) != null) {
                regionsOfStated.add(dep.region());
            }
        }
        return regionsOfStated.size() == 1 ? new Area(null, regionsOfStated.iterator().next()) : null;
    }

    int score(Commune c) {
        int s = 0;
        if ((c.epci() != null && epcis.contains(c.epci())) || (c.ept() != null && epcis.contains(c.ept()))) {
            s += EPCI;
        }
        return s + score(c.departement(), c.region());
    }

    /** Places, plus the words of the EPCI's name that the printed name lacks but the context has. */
    int score(Epci e, EpciKey key, List<String> printed) {
        int s = epcis.contains(e.siren()) ? EPCI : 0;
        for (String t : key.loose()) {
            if (t.length() >= 4 && !printed.contains(t) && words.contains(t)) {
                s += 3;
            }
        }
        return s + score(e.departement(), e.region());
    }

    int score(String departement, String region) {
        int s = 0;
        if (departement != null) {
            s += statedDepartements.contains(departement) ? STATED_DEPARTEMENT : 0;
            s += departements.contains(departement) ? DEPARTEMENT : 0;
        }
        if (region != null) {
            s += statedRegions.contains(region) ? STATED_REGION : 0;
            s += regions.contains(region) ? REGION : 0;
        }
        return s;
    }

    /** True when something stated next to the name contradicts the area (another département or region). */
    boolean contradicts(String departement, String region) {
        if (!statedDepartements.isEmpty() && departement != null && !statedDepartements.contains(departement)) {
            return true;
        }
        return !statedRegions.isEmpty() && region != null && !statedRegions.contains(region)
                && (departement == null || !statedDepartements.contains(departement));
    }
}
