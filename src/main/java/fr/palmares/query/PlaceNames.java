package fr.palmares.query;

import java.util.List;
import java.util.Optional;

/** Region and département names and codes, current and historic, for the query filters. */
public interface PlaceNames {
    Optional<String> regionCode(String nameOrCode);

    Optional<String> departementCode(String nameOrCode);

    List<String> regionNames();

    List<String> departementNames();
}
