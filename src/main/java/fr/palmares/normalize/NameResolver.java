package fr.palmares.normalize;

import fr.palmares.model.Collectivite;
import java.util.List;

/** Turns a printed name into a collectivité of the dataset (type, SIREN, département, region). */
public interface NameResolver {
    /**
     * @param name the cleaned printed name
     * @param coCredited the other names credited with it on the same award
     * @param context other text of the award (its title) that may tell homonyms apart
     */
    Collectivite resolve(String name, List<String> coCredited, String context);
}
