package fr.palmares.normalize;

import fr.palmares.model.Collectivite;
import java.util.List;
import java.util.Map;

/** Turns a printed name into a collectivité of the dataset (type, SIREN, département, region). */
public interface NameResolver {
    /**
     * @param name the cleaned printed name
     * @param coCredited the other names credited with it on the same award
     * @param context other text of the award (its title) that may tell homonyms apart
     */
    Collectivite resolve(String name, List<String> coCredited, String context);

    /**
     * The same, with the acronyms the document defines ("TCO" -> "Communauté d'agglomération du Territoire de
     * la Côte Ouest"), so that a name printed as one of them ("le TCO") resolves to the body it stands for.
     */
    default Collectivite resolve(String name, List<String> coCredited, String context, Map<String, String> acronyms) {
        return resolve(name, coCredited, context);
    }
}
