package fr.palmares.query;

import java.util.List;
import java.util.Optional;

/** Region and département names and codes, current and historic, for the query filters. */
public interface PlaceNames {
    Optional<String> regionCode(String nameOrCode);

    /** What a région filter value selects: a current région, or a former one with its départements. */
    default Optional<RegionScope> regionScope(String nameOrCode) {
        return regionCode(nameOrCode).map(RegionScope::whole);
    }

    Optional<String> departementCode(String nameOrCode);

    List<String> regionNames();

    List<String> departementNames();
}
