package fr.palmares.assemble;

import fr.palmares.annotate.Zone;
import fr.palmares.model.RawLaureate;

import java.util.Set;

/**
 * A record one strategy proposes, with what the decider needs to weigh it: the strategy, the zone it
 * was read in, the first line it used and all the lines it read (unit indexes).
 */
public record Candidate(RawLaureate raw, Strategy strategy, Zone zone, int unit, Set<Integer> units) {
    public enum Strategy { LIST, TABLE, PROSE, CONTENTS }

    public Candidate {
        units = Set.copyOf(units);
    }

    public Candidate(RawLaureate raw, Strategy strategy, Zone zone, int unit) {
        this(raw, strategy, zone, unit, Set.of(unit));
    }

    Candidate with(RawLaureate r) {
        return new Candidate(r, strategy, zone, unit, units);
    }
}
