package fr.palmares.geo;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the names credited on the same award and the surrounding text say about where a name lies; used to
 * choose among homonyms. It never chooses by itself: it only scores candidates.
 */
final class Evidence {
    static final Evidence NONE = new Evidence();

    final Set<String> epcis = new HashSet<>();
    final Set<String> departements = new HashSet<>();
    final Set<String> regions = new HashSet<>();
    final Set<String> words = new HashSet<>();

    boolean isEmpty() {
        return epcis.isEmpty() && departements.isEmpty() && regions.isEmpty() && words.isEmpty();
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

    private String text = " ";

    /** Adds the words of a free text. */
    void addText(String context) {
        List<String> tokens = NameKey.tokens(context);
        words.addAll(tokens);
        text = " " + EpciKey.normalizeAll(tokens) + " ";
    }

    /** True when the text holds the name, its EPCI form read as the data's abbreviation. */
    boolean mentions(String name) {
        String key = EpciKey.normalizeAll(NameKey.tokens(name));
        return !key.isEmpty() && text.contains(" " + key + " ");
    }

    int score(Commune c) {
        int s = 0;
        if ((c.epci() != null && epcis.contains(c.epci())) || (c.ept() != null && epcis.contains(c.ept()))) {
            s += 4;
        }
        return s + score(c.departement(), c.region());
    }

    /** Places, plus the words of the EPCI's name that the printed name lacks but the context has. */
    int score(Epci e, EpciKey key, List<String> printed) {
        int s = epcis.contains(e.siren()) ? 4 : 0;
        for (String t : key.loose()) {
            if (t.length() >= 4 && !printed.contains(t) && words.contains(t)) {
                s += 3;
            }
        }
        return s + score(e.departement(), e.region());
    }

    int score(String departement, String region) {
        return (departement != null && departements.contains(departement) ? 2 : 0)
                + (region != null && regions.contains(region) ? 1 : 0);
    }
}
