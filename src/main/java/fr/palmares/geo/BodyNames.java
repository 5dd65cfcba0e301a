package fr.palmares.geo;

import fr.palmares.model.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Bodies outside the official lists (syndicats, offices, the Collectivité européenne d'Alsace...): the
 * sourced table bodies.tsv (an acronym row, "SYANE", only for a name printed in capitals), and names made of
 * places and of what the body does, which such bodies take after their département or region ("Morbihan
 * Énergies", "Gironde Numérique", "Ardèche Drôme Numérique", "Bretagne Très Haut Débit": a syndicat; "Var
 * Tourisme": autre).
 */
final class BodyNames {
    /** What a body does, as its name says it after a place: the type it makes. */
    private static final List<List<String>> SYNDICAT_WORDS = words("numerique", "numeriques", "energie",
            "energies", "fibre", "inforoutes", "thd", "tres haut debit", "haut debit", "informatique", "e collectivites",
            "eau", "eaux", "dechets", "mobilites", "mobilite", "transports");
    private static final List<List<String>> AUTRE_WORDS = words("tourisme", "attractivite", "habitat",
            "developpement", "amenagement", "ingenierie", "innovation");
    /** Gazetteer words too vague to be the place of such a name. */
    private static final Set<String> VAGUE = Set.of("centre", "nord", "sud", "est", "ouest", "provence", "acal",
            "paca");

    private final GeoIndex index;
    private final Places places;

    BodyNames(Geography geo, Places places) {
        this.index = geo.index();
        this.places = places;
    }

    /** The row of bodies.tsv for the name (its whole key, or what follows a body form), or null. */
    KnownBody known(NameForm form) {
        KnownBody body = knownKey(form.key(), form);
        if (body == null && form.type() != null && NameForm.isBodyType(form.type())) {
            body = knownKey(form.remainderKey(), form);
        }
        return body;
    }

    private KnownBody knownKey(String key, NameForm form) {
        KnownBody body = index.bodies.get(key);
        if (body != null && GeoIndex.isAcronym(body.name()) && !Text.isUpper(form.cleaned())) {
            return null;
        }
        return body;
    }

    Outcome of(KnownBody body, String formType) {
        Place place = places.of(body.type(), body.name(), new Area(body.departement(), body.region()));
        return Outcome.of(new Resolution(place, Resolution.INFERRED, 0.9), formType);
    }

    /**
     * A name (or what follows a body form) made only of places and of what the body does: the type that
     * the activity words make, placed where the places lie (département null when they are several); null
     * when the name has any other word. Score 0.9 with one département (as a known body), 0.8 else.
     */
    Outcome placeAndActivity(NameForm form) {
        List<String> words = form.type() != null && NameForm.isBodyType(form.type()) ? form.remainder() : form.tokens();
        List<Area> areas = new ArrayList<>();
        String type = null;
        int i = 0;
        while (i < words.size()) {
            int place = placeAt(words, i, areas);
            if (place > 0) {
                i += place;
                continue;
            }
            int activity = match(SYNDICAT_WORDS, words, i);
            String t = "syndicat";
            if (activity == 0) {
                activity = match(AUTRE_WORDS, words, i);
                t = "autre";
            }
            if (activity == 0) {
                return null;
            }
            if (type == null) {
                type = t;
            }
            i += activity;
        }
        Area area = areas.isEmpty() || type == null ? null : PlaceInference.combine(areas);
        if (area == null) {
            return null;
        }
        String formType = form.type() != null ? form.type() : type;
        // "Manche Numérique" says where it lies as surely as a known body's name
        return Outcome.of(new Resolution(places.of(formType, form.cleaned(), area), Resolution.INFERRED,
                area.departement() != null ? 0.9 : 0.8), form.type());
    }

    /** The longest place name of the gazetteer at i (its number of words, 0 if none), its area added. */
    private int placeAt(List<String> words, int i, List<Area> areas) {
        for (int len = Math.min(index.gazetteerMaxWords, words.size() - i); len >= 1; len--) {
            String key = NameKey.join(words.subList(i, i + len));
            GeoIndex.GazetteerEntry e = index.gazetteer.get(key);
            if (e != null && !VAGUE.contains(key)) {
                areas.add(e.area());
                return len;
            }
        }
        return 0;
    }

    private static int match(List<List<String>> phrases, List<String> words, int i) {
        for (List<String> p : phrases) {
            if (i + p.size() <= words.size() && words.subList(i, i + p.size()).equals(p)) {
                return p.size();
            }
        }
        return 0;
    }

    private static List<List<String>> words(String... phrases) {
        List<List<String>> out = new ArrayList<>();
        for (String p : phrases) {
            out.add(List.of(p.split(" ")));
        }
        out.sort((a, b) -> b.size() - a.size());
        return List.copyOf(out);
    }
}
