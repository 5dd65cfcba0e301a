package fr.palmares.normalize;

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
        if (f.matches("^(ville|commune|communes|mairie)\\b.*")) {
            return "commune";
        }
        if (f.matches("^(departement|conseil departemental|conseil general)\\b.*")) {
            return "departement";
        }
        if (f.matches("^(region|conseil regional)\\b.*")) {
            return "region";
        }
        if (f.matches("^(syndicat|sivu|sivom|parc naturel|pnr)\\b.*")) {
            return "syndicat";
        }
        if (f.matches("^(direction|prefecture)\\b.*")) {
            return "etat";
        }
        if (f.matches(".*\\b(metropole|communaute|agglo|agglomeration|eurometropole)\\b.*|^grand \\S+$")) {
            return "epci";
        }
        return "autre";
    }
}
