package fr.palmares.assemble;

import fr.palmares.model.Regexes;
import fr.palmares.annotate.Zone;
import fr.palmares.lexicon.Folded;
import fr.palmares.lexicon.Hit;
import fr.palmares.lexicon.Lexicon;
import fr.palmares.lexicon.Vocab;
import fr.palmares.model.Evidence;
import fr.palmares.model.RawLaureate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Decides which of the proposed records the document confirms. Readings of one award by several
 * strategies (a summary list and a laureate's page, a table and a sentence, a contents line and a page)
 * become one record, each field taken from the surest reading that has it. A record only a table of
 * contents names is dropped with a warning; so is a record outside the palmarès that nothing marks
 * as an award (no medal, no category).
 */
final class Decider {
    record Decision(List<RawLaureate> laureates, List<String> warnings) {
    }

    Decision decide(List<Candidate> candidates) {
        List<List<Candidate>> groups = new ArrayList<>();
        List<Candidate> sorted = proseOverList(candidates);
        sorted.sort(Comparator.comparingInt(Candidate::unit));
        java.util.Map<Candidate, SameAward.Keys> keys = new java.util.IdentityHashMap<>();
        for (Candidate c : sorted) {
            keys.put(c, SameAward.keys(c.raw()));
        }
        for (Candidate c : sorted) {
            List<Candidate> home = null;
            for (List<Candidate> g : groups) {
                if (g.stream().anyMatch(o -> sameEdition(o, c) && SameAward.test(keys.get(o), keys.get(c)))) {
                    home = g;
                    break;
                }
            }
            if (home == null) {
                home = new ArrayList<>();
                groups.add(home);
            }
            home.add(c);
        }
        joinContentsByName(groups);
        java.util.Set<Integer> structured = new java.util.HashSet<>();
        for (Candidate c : sorted) {
            if (c.strategy() == Candidate.Strategy.LIST || c.strategy() == Candidate.Strategy.TABLE) {
                structured.addAll(c.units());
            }
        }
        List<RawLaureate> out = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (List<Candidate> g : groups) {
            // sentences whose lines a list or a table already read add nothing of their own
            if (g.stream().allMatch(c -> c.strategy() == Candidate.Strategy.PROSE
                    && c.units().stream().anyMatch(structured::contains))) {
                continue;
            }
            g.sort(Comparator.comparingInt(Decider::rank).thenComparingInt(Candidate::unit));
            Candidate best = g.get(0);
            if (best.strategy() == Candidate.Strategy.CONTENTS) {
                warnings.add("in the table of contents but read nowhere else, left out: "
                        + String.join(", ", best.raw().collectivites()) + " - " + best.raw().project()
                        + " (" + best.raw().origin().where() + ")");
                continue;
            }
            RawLaureate merged = merge(g);
            if (!confirmed(merged, g)) {
                continue;
            }
            out.add(merged);
        }
        return new Decision(out, warnings);
    }

    /**
     * Lines the prose reads more awards from than the list does ("… : le projet X porté par Y (Label Or), le
     * projet Z porté par W (Label Bronze) …"), or whose list reading has a field that tells an award in words
     * ("Nous sommes fiers d'avoir reçu le"), are a sentence: the list's readings of them give way.
     */
    private static List<Candidate> proseOverList(List<Candidate> candidates) {
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : candidates) {
            if (c.strategy() == Candidate.Strategy.LIST) {
                long list = candidates.stream().filter(o -> o.strategy() == Candidate.Strategy.LIST
                        && o.units().stream().anyMatch(c.units()::contains)).count();
                long prose = candidates.stream().filter(o -> o.strategy() == Candidate.Strategy.PROSE
                        && o.units().containsAll(c.units())).count();
                if (prose > list || prose > 0 && tellsAnAward(c.raw())) {
                    continue;
                }
            }
            out.add(c);
        }
        return out;
    }

    private static boolean tellsAnAward(RawLaureate r) {
        var lexicon = fr.palmares.lexicon.Lexicon.get();
        return r.category() != null && lexicon.contains(fr.palmares.lexicon.Vocab.AWARD_VERB, r.category())
                || r.collectivites().stream().anyMatch(n -> lexicon.contains(fr.palmares.lexicon.Vocab.AWARD_VERB, n));
    }

    /**
     * A contents line whose title differs from its page's (a shorter title, a typing slip) still names
     * its laureate: a contents-only reading joins the one other award of the document that shares a
     * collectivité with it and has no contents reading of its own.
     */
    private static void joinContentsByName(List<List<Candidate>> groups) {
        for (java.util.Iterator<List<Candidate>> it = groups.iterator(); it.hasNext(); ) {
            List<Candidate> g = it.next();
            if (!g.stream().allMatch(c -> c.strategy() == Candidate.Strategy.CONTENTS)) {
                continue;
            }
            Candidate c = g.get(0);
            List<List<Candidate>> homes = new ArrayList<>();
            for (List<Candidate> o : groups) {
                if (o != g && o.stream().noneMatch(x -> x.strategy() == Candidate.Strategy.CONTENTS)
                        && o.stream().anyMatch(x -> sameEdition(x, c)
                                && SameAward.shareName(x.raw().collectivites(), c.raw().collectivites()))) {
                    homes.add(o);
                }
            }
            if (homes.size() == 1) {
                homes.get(0).addAll(g);
                it.remove();
            }
        }
    }

    private static boolean sameEdition(Candidate a, Candidate b) {
        return java.util.Objects.equals(a.raw().edition(), b.raw().edition());
    }

    /** Tables and lists first, then prose, then contents lines. */
    private static int rank(Candidate c) {
        return switch (c.strategy()) {
            case TABLE -> 0;
            case LIST -> 1;
            case PROSE -> 2;
            case CONTENTS -> 3;
        };
    }

    /**
     * A record is an award where the document says so: a medal, the palmarès or a look back at past
     * laureates, a table of laureates, a sentence of award.
     */
    private static boolean confirmed(RawLaureate r, List<Candidate> g) {
        if (r.medal() != null) {
            return true;
        }
        if (namesOrganiser(r.project())) {
            return false;
        }
        return g.stream().anyMatch(c -> c.zone() == Zone.PALMARES || c.zone() == Zone.RECALL
                || c.strategy() == Candidate.Strategy.TABLE || c.strategy() == Candidate.Strategy.PROSE);
    }

    /**
     * A title that is mostly the label's organiser ("Le Forum des Interconnectés · décembre") is
     * a cover line or a signature, never a laureate's project.
     */
    static boolean namesOrganiser(String project) {
        if (project == null) {
            return false;
        }
        Folded f = Folded.of(project);
        int letters = Regexes.replaceAll(f.text(), "[^a-z]", "").length();
        int organiser = 0;
        for (Hit h : Lexicon.get().find(Vocab.NOT_LABEL, f)) {
            if (h.key().equals("organiser")) {
                organiser += Regexes.replaceAll(f.text().substring(h.start(), h.end()), "[^a-z]", "").length();
            }
        }
        return organiser > 0 && 2 * organiser >= letters;
    }

    private static RawLaureate merge(List<Candidate> g) {
        RawLaureate best = g.get(0).raw();
        if (g.size() == 1) {
            return best;
        }
        var medal = best.medal();
        String category = best.category();
        String description = best.description();
        List<String> places = new ArrayList<>(best.places());
        List<Evidence> evidence = new ArrayList<>();
        for (Candidate c : g) {
            RawLaureate r = c.raw();
            if (medal == null) {
                medal = r.medal();
            }
            if (category == null) {
                category = r.category();
            }
            if (r.description() != null && (description == null || r.description().length() > description.length())) {
                description = r.description();
            }
            for (String p : r.places()) {
                if (!places.contains(p)) {
                    places.add(p);
                }
            }
        }
        double confidence = Math.min(1.0, best.confidence() + 0.05 * (g.size() - 1));
        return new RawLaureate(best.edition(), medal, category, best.project(), best.collectivites(), description,
                best.origin(), confidence, places, best.evidence());
    }
}
