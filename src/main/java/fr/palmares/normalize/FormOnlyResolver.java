package fr.palmares.normalize;

import fr.palmares.model.Regexes;
import fr.palmares.model.Collectivite;
import fr.palmares.model.Text;
import java.util.List;

/** The type from the name's form alone, nothing resolved: the fallback when no geography is loaded. */
public final class FormOnlyResolver implements NameResolver {
    @Override
    public Collectivite resolve(String name, List<String> coCredited, String context) {
        return Collectivite.unresolved(name, typeOf(name));
    }

    public static String typeOf(String name) {
        String f = Text.fold(name);
        if (Regexes.matches(f, "^(ville|commune|communes|mairie)\\b.*")) {
            return "commune";
        }
        if (Regexes.matches(f, "^(departement|conseil departemental|conseil general)\\b.*")) {
            return "departement";
        }
        if (Regexes.matches(f, "^(region|conseil regional)\\b.*")) {
            return "region";
        }
        if (Regexes.matches(f, "^(syndicat|sivu|sivom|parc naturel|pnr)\\b.*")) {
            return "syndicat";
        }
        if (Regexes.matches(f, "^(direction|prefecture)\\b.*")) {
            return "etat";
        }
        if (Regexes.matches(f, ".*\\b(metropole|communaute|agglo|agglomeration|eurometropole)\\b.*|^grand \\S+$")) {
            return "epci";
        }
        return "autre";
    }
}
