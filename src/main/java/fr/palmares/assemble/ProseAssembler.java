package fr.palmares.assemble;

import fr.palmares.model.Regexes;
import fr.palmares.annotate.AnnotatedDocument;
import fr.palmares.annotate.Mention;
import fr.palmares.annotate.Mentions;
import fr.palmares.annotate.Unit;
import fr.palmares.annotate.Zone;
import fr.palmares.lexicon.Folded;
import fr.palmares.lexicon.Hit;
import fr.palmares.lexicon.Lexicon;
import fr.palmares.lexicon.Vocab;
import fr.palmares.model.Block;
import fr.palmares.model.BlockKind;
import fr.palmares.model.Evidence;
import fr.palmares.model.Medal;
import fr.palmares.model.RawLaureate;
import fr.palmares.model.Text;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads awards told in sentences. In each sentence that states an award (a verb of award or a medal
 * of the lexicon) it finds the collectivités named ({@link Mentions}), the projects' titles (quoted,
 * "le projet X porté par", "pour son projet X", "pour sa plateforme X", an apposition), and the medals;
 * it pairs each title with the names that precede it (or follow it after "porté par"), several titles
 * with as many names in order ("la première pour…, la seconde pour…"), and each pair with its medal:
 * the one in parentheses after it, else the nearest in the sentence, else the one a "même distinction"
 * repeats, else the one the paragraph named. The body a document speaks for ({@link OwnBody}: "notre
 * ville", "la Ville") and the laureate of the sentence before ("le jury lui a attribué", "ce label
 * récompense") count as names; a later sentence about the same laureate completes its record ("Le jury
 * l'a distingué dans la catégorie …"). A sentence that looks back ("l'an dernier", "label d'or 2010")
 * or names its award's year gives its records that edition; sentences about start-ups, other prizes,
 * candidacies or the jury give none.
 */
final class ProseAssembler {
    private static final double CONFIDENCE = 0.6;
    private static final Pattern QUOTED = Pattern.compile("«\\s*([^«»]{2,160}?)\\s*»|“([^“”]{2,160})”|\"([^\"]{2,160})\"");
    private static final Pattern PROJET_PROPER = Pattern.compile(
            "\\b(?:le |du |son |leur |au |un )?projet\\s+(?!«|de\\b|d['’]|du\\b|des\\b|qui\\b|est\\b|a\\b)((?:\\p{Lu}|\\d)[\\p{L}\\d.'’&@\\-]*(?:\\s+(?:\\p{Lu}|\\d)[\\p{L}\\d.'’&@\\-]*){0,4})");
    /** "le projet Bibliothèque hors les murs porté par …": everything between "projet" and "porté par". */
    private static final Pattern PROJET_PORTE = Pattern.compile(
            "\\bprojet\\s+(?!«)((?:\\p{Lu}|\\d)[^,;:()«»]{1,80}?)\\s*,?\\s+(?:port[ée]e?s?|men[ée]e?s?|conduite?s?)\\s+(?:conjointement\\s+)?par\\b");
    private static final Pattern PROJET_NAMED = Pattern.compile(
            "\\bpour (?:son|sa|leur) projet\\s+(?!«)([^,.;:!?()]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern CANDIDATURE_SUR = Pattern.compile(
            "\\bcandidature(?: commune)? (?:sur|pour) (?:le |la |les |l['’])?([^,.;:!?]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern POUR_POSSESSIVE = Pattern.compile(
            "\\b(?:pour|gr[âa]ce [àa]|avec|et) (?:son|sa|ses|leur|leurs)\\s+((?:programme|plateforme|outil|application|dispositif|d[ée]marche|service|portail|initiative|site)\\b[^.;!?«]*)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern POUR_ARTICLE = Pattern.compile(
            "\\b(?:r[ée]compens[ée]e?s?|distingu[ée]e?s?|prim[ée]e?s?|labellis[ée]e?s?|bronze|argent|or)\\s+pour\\s+(?:la |le |les |l['’]|une |un )([^.;!?«]+)",
            Pattern.CASE_INSENSITIVE);
    /** "avec Kaz'Démarches, une plateforme …": a proper name after "avec" / "grâce à", then an apposition. */
    private static final Pattern AVEC_PROPER = Pattern.compile(
            "\\b(?:avec|gr[âa]ce [àa])\\s+((?:\\p{Lu}|\\d)[\\p{L}\\d'’.&@\\-]*(?:\\s+(?:\\p{Lu}|\\d)[\\p{L}\\d'’.&@\\-]*){0,4})\\s*,");
    /** "plateforme Chartres Rendez-vous": the proper name after the common noun that heads the title. */
    private static final Pattern HEAD_NOUN = Pattern.compile(
            "^(?:programme|plateforme|outil|application|appli|dispositif|d[ée]marche|service|portail|initiative|site|r[ée]seau|projet)s?"
                    + "(?:\\s+(?:web|mobile|num[ée]rique|en ligne|internet))?\\s+((?:\\p{Lu}|\\d).*)$");
    private static final Pattern APPOSITIVE = Pattern.compile(",\\s*(\\p{Lu}[\\p{L}\\d'’\\-]*(?:\\s+\\p{Lu}[\\p{L}\\d'’\\-]*){0,3})\\s*,");
    private static final Pattern CLAUSE_END = Pattern.compile("\\s+(?:qui|dont|afin|grâce|car|où|lors|au cours)\\b.*$|\\s*,.*$");
    /** What stands between a title and the names after it: "« X », porté par", "« X » qui vaut à la". */
    private static final Pattern PORTE_PAR = Pattern.compile("^\\s*,?\\s*(?:(?:port[ée]e?s?|men[ée]e?s?|d[ée]velopp[ée]e?s?|conduit)\\s+(?:par|conjointement par)"
            + "|qui\\s+(?:vaut|valent|a valu|ont valu|vaudra|rapporte|a rapporté)(?:\\s+(?:aussi|également|finalement))?\\s+(?:à|a))"
            + "\\s*(?:la |le |les |l['’])?\\s*$");
    private static final Pattern GROUP_GAP = Pattern.compile("^\\s*(?:\\([^)]*\\))?\\s*(?:,|et|&|/|\\+|ainsi que)?\\s*(?:la|le|les|l['’])?\\s*$");
    private static final Pattern SAME_MEDAL = Pattern.compile("\\b(?:meme distinction|meme label|meme recompense|meme medaille|tout comme|de meme|egalement|elle aussi|lui aussi|eux aussi|elles aussi|aussi)\\b");
    private static final Pattern SPEECH = Pattern.compile("^(?:nous|je|j'|on|il|elle|ils|c'est|ce|cette|notre|nos|mon|ma|mes|l'|le|la|les)\\b");
    private static final Pattern REGION_CLAIM = Pattern.compile(
            "(\\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)\\s+des\\s+(\\d+)\\s+(?:labels?|laur[ée]ats?|m[ée]dailles?)\\s+(or|argent|bronze)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ORDINAL_CLAUSE = Pattern.compile(
            "\\b(?:la|le) (?:premi[èe]re?|seconde?|deuxi[èe]me|troisi[èe]me) pour\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern ORDINALS = Pattern.compile("\\b(?:la|le) premiere? pour\\b.*\\b(?:la|le) (?:seconde?|deuxieme)\\b");
    /** "a salué « … »", "déclare : « … »": someone's words follow. */
    private static final Pattern SAID = Pattern.compile(
            "\\b(?:salue|declare|souligne|insiste|explique|estime|confie|ajoute|resume|rejoui|temoigne|precise|affirme|says?|said)e?s?\\s*:?\\s*$");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(20[0-4]\\d)(?!\\d)");

    private final Lexicon lexicon = Lexicon.get();
    private java.util.function.IntFunction<String> categoryAt = i -> null;
    /** The body the document speaks for ("notre ville", "la Ville"), if it names one. */
    private OwnBody own;
    /** The medal of the last award read, for "même distinction pour", "tout comme", until the next heading. */
    private Medal previous;
    /** The laureate of the last award read, for "le jury lui a attribué", "ce label récompense", until the next heading. */
    private List<Mention> lastLaureate;
    /** The document's title: its first heading, when it comes before any prose (no category of the prose under it). */
    private String title;
    /** Where the record of the last award read is in the output, -1 when none since the last heading. */
    private int lastRecord = -1;
    /** Whether that record's category is only the heading's above it (a sentence's own category wins). */
    private boolean lastCategoryHeaded;

    private record Title(int start, int end, String text) {
    }

    /** A sentence of award naming its laureate and its medal but not the project ("Frontignan est distinguée par un label de bronze."). */
    private record Pending(int sentence, List<Mention> names, Medal medal, String category, Integer year, Unit unit,
            java.util.Set<Integer> read, String text) {
    }

    /** Every sentence read, in order, and the awards whose title another sentence gives. */
    private final List<String> read = new ArrayList<>();
    private final List<Pending> pending = new ArrayList<>();
    private static final int TITLE_REACH = 4;
    private static final double CONFIDENCE_ELSEWHERE = 0.5;

    private record MedalAt(Medal medal, int start, int end, boolean parenthesized) {
    }

    List<Candidate> assemble(AnnotatedDocument doc, Integer edition, java.util.function.IntFunction<String> categoryAt) {
        this.categoryAt = categoryAt;
        List<Candidate> out = new ArrayList<>();
        Mentions mentions = new Mentions(lexicon, doc.names());
        List<Unit> units = doc.units();
        own = OwnBody.of(doc, mentions, lexicon);
        title = documentTitle(units);
        java.util.Map<String, Medal> regionMedals = new java.util.HashMap<>();
        int i = 0;
        while (i < units.size()) {
            Unit u = units.get(i);
            int j = i;
            StringBuilder para = new StringBuilder();
            while (j < units.size() && units.get(j).block() == u.block()) {
                if (j == i || units.get(j).line() != units.get(j - 1).line()) {
                    if (para.length() > 0) {
                        para.append(' ');
                    }
                    para.append(units.get(j).line().text());
                }
                j++;
            }
            Block block = u.block();
            if (u.headingLike()) {
                previous = null;
                lastLaureate = null;
                lastRecord = -1;
            }
            if (!u.zone().excluded() && u.zone() != Zone.TOC && block.kind() != BlockKind.TABLE_ROW
                    && Text.wordCount(para.toString()) >= 6) {
                java.util.Set<Integer> read = new java.util.HashSet<>();
                for (int k = i; k < j; k++) {
                    read.add(units.get(k).index());
                }
                paragraph(Text.collapse(para.toString()), u, read, edition, mentions, regionMedals, out);
            }
            i = j;
        }
        titlesElsewhere(out);
        return regionMedals.isEmpty() ? out : applyRegionMedals(out, regionMedals, doc);
    }

    private void paragraph(String text, Unit u, java.util.Set<Integer> read, Integer edition, Mentions mentions,
            java.util.Map<String, Medal> regionMedals, List<Candidate> out) {
        Medal paragraphMedal = null;
        for (String sentence : sentences(text)) {
            this.read.add(sentence);
            Folded f = Folded.of(sentence);
            String folded = f.text();
            claim(sentence, mentions, regionMedals);
            List<MedalAt> medals = medals(sentence, f);
            boolean award = lexicon.contains(Vocab.AWARD_VERB, sentence) || !medals.isEmpty();
            if (!medals.isEmpty()) {
                paragraphMedal = medals.get(medals.size() - 1).medal();
            }
            if (!award || lexicon.contains(Vocab.CALL_CUE, sentence)) {
                continue;
            }
            List<Mention> named = mentions.find(sentence).stream().filter(m -> !affiliation(sentence, m)).toList();
            if (own != null) {
                List<Mention> all = new ArrayList<>(named);
                all.addAll(own.references(sentence, named));
                all.sort(java.util.Comparator.comparingInt(Mention::start));
                named = all;
            }
            List<Title> titles = titles(sentence, named);
            // "le projet Quimperlé Mobilité porté par …": a name inside a title is the title's, not a laureate
            List<Mention> found = named.stream()
                    .filter(m -> titles.stream().noneMatch(t -> m.start() >= t.start() && m.end() <= t.end())).toList();
            if (found.isEmpty()) {
                found = back(sentence, titles);
            }
            if (found.isEmpty() || notTheLabel(f, Math.min(found.get(0).start(),
                    named.isEmpty() ? Integer.MAX_VALUE : named.get(0).start())) || anotherPrize(f)) {
                continue;
            }
            if (titles.isEmpty()) {
                List<Mention> strong = found.stream().filter(m -> m.weight() >= 0.7).toList();
                if (completes(sentence, strong, medals, u, read, out)) {
                    continue;
                }
                if (!strong.isEmpty() && groups(sentence, strong).size() == 1) {
                    lastLaureate = strong;
                }
                if (!medals.isEmpty() && !strong.isEmpty() && groups(sentence, strong).size() == 1) {
                    String cat = category(sentence);
                    pending.add(new Pending(this.read.size() - 1, strong, medals.get(0).medal(),
                            cat != null ? cat : headingCategory(categoryAt.apply(u.index())),
                            awardYear(sentence, folded, edition), u, read, sentence));
                }
                continue;
            }
            Integer year = awardYear(sentence, folded, edition);
            String category = category(sentence);
            boolean headed = category == null;
            if (category == null) {
                category = headingCategory(categoryAt.apply(u.index()));
            }
            boolean same = SAME_MEDAL.matcher(folded).find();
            List<Pair> pairs = pair(sentence, found, titles);
            for (Pair p : pairs) {
                Medal m = medalFor(p, medals, sentence);
                if (m == null && same) {
                    m = previous;
                }
                if (m == null && medals.isEmpty()) {
                    m = paragraphMedal;
                }
                List<String> names = new ArrayList<>();
                for (Mention mn : p.names) {
                    names.addAll(mn.names());
                }
                String title = Cleaning.title(p.title.text());
                if (title.isEmpty() || names.isEmpty()) {
                    continue;
                }
                RawLaureate raw = new RawLaureate(year, m, category, title, names, null, u.block(), CONFIDENCE,
                        List.of(), evidence(sentence, p, m, medals, u));
                out.add(new Candidate(raw, Candidate.Strategy.PROSE, u.zone(), u.index(), read));
                if (m != null) {
                    previous = m;
                }
                lastLaureate = p.names;
                lastRecord = out.size() - 1;
                lastCategoryHeaded = headed;
            }
        }
    }

    /**
     * Awards whose sentence names no project take the title another sentence near it quotes ("À Frontignan,
     * c'est l'application « Frontignan Plages » qui a séduit le jury"), one no record has taken.
     */
    private void titlesElsewhere(List<Candidate> out) {
        // a title another record took is free for the same laureate (its medal and category join it)
        java.util.Map<String, java.util.Set<String>> taken = new java.util.HashMap<>();
        out.forEach(c -> taken.computeIfAbsent(Folded.fold(c.raw().project()), k -> new java.util.HashSet<>())
                .add(String.join("|", c.raw().collectivites())));
        for (Pending p : pending) {
            String who = p.names().stream().flatMap(m -> m.names().stream()).collect(java.util.stream.Collectors.joining("|"));
            Title found = null;
            for (int d = 1; d <= TITLE_REACH && found == null; d++) {
                for (int k : new int[] {p.sentence() + d, p.sentence() - d}) {
                    if (k < 0 || k >= read.size() || found != null) {
                        continue;
                    }
                    for (Title t : quoted(read.get(k))) {
                        var by = taken.get(Folded.fold(t.text()));
                        if (by == null || by.contains(who)) {
                            found = t;
                            break;
                        }
                    }
                }
            }
            if (found == null) {
                continue;
            }
            List<String> names = new ArrayList<>();
            p.names().forEach(m -> names.addAll(m.names()));
            String title = Cleaning.title(found.text());
            if (title.isEmpty()) {
                continue;
            }
            RawLaureate raw = new RawLaureate(p.year(), p.medal(), p.category(), title, names, null, p.unit().block(),
                    CONFIDENCE_ELSEWHERE, List.of(), new Evidence(null, p.unit().page() > 0 ? p.unit().page() : null,
                            p.unit().page() == 0 && p.unit().line().line() > 0 ? p.unit().line().line() : null, p.text(),
                            List.of()));
            out.add(new Candidate(raw, Candidate.Strategy.PROSE, p.unit().zone(), p.unit().index(), p.read()));
        }
    }

    private static String documentTitle(List<Unit> units) {
        for (Unit u : units) {
            if (u.reading().prose()) {
                return null;
            }
            if (u.headingLike()) {
                return u.line().text();
            }
        }
        return null;
    }

    /**
     * "Le jury l'a distingué dans la catégorie « X »": a sentence without a title about the laureate of the
     * last record gives that record the category (and the medal) it lacks; the category a sentence names
     * wins over the heading's above it.
     */
    private boolean completes(String sentence, List<Mention> names, List<MedalAt> medals, Unit u,
            java.util.Set<Integer> read, List<Candidate> out) {
        if (lastRecord < 0 || lastRecord >= out.size() || names.isEmpty()) {
            return false;
        }
        Candidate last = out.get(lastRecord);
        List<String> said = new ArrayList<>();
        names.forEach(m -> said.addAll(m.names()));
        if (!said.equals(last.raw().collectivites())) {
            return false;
        }
        String cat = category(sentence);
        Medal medal = medals.size() == 1 ? medals.get(0).medal() : null;
        RawLaureate r = last.raw();
        if (cat == null && medal == null || cat != null && r.category() != null && !lastCategoryHeaded
                || medal != null && r.medal() != null) {
            return false;
        }
        if (cat != null && r.category() != null) {
            // the heading's category gives way to the one the sentence names
            out.set(lastRecord, last.with(new RawLaureate(r.edition(), r.medal(), null, r.project(), r.collectivites(),
                    r.description(), r.origin(), r.confidence(), r.places(), r.evidence())));
        }
        // a reading of its own (this sentence is its evidence), which the decider joins to the record's
        List<Evidence.FieldSpan> spans = new ArrayList<>();
        names.forEach(m -> spans.add(new Evidence.FieldSpan("collectivite", m.start(), m.end())));
        Integer page = u.page() > 0 ? u.page() : null;
        Integer line = page == null && u.line().line() > 0 ? u.line().line() : null;
        out.add(new Candidate(new RawLaureate(r.edition(), medal, cat, r.project(), r.collectivites(), null, u.block(),
                CONFIDENCE_ELSEWHERE, List.of(), new Evidence(null, page, line, sentence, spans)),
                Candidate.Strategy.PROSE, u.zone(), u.index(), read));
        lastCategoryHeaded &= cat == null;
        return true;
    }

    /**
     * "Le jury lui a attribué …", "Ce label récompense « X »": a sentence of award that names no laureate
     * but refers back to the one the sentence before named gets it, at the words that refer to it.
     */
    private List<Mention> back(String sentence, List<Title> titles) {
        if (lastLaureate == null) {
            return List.of();
        }
        Folded f = Folded.of(sentence);
        List<String> names = new ArrayList<>();
        lastLaureate.forEach(m -> names.addAll(m.names()));
        for (Hit h : lexicon.find(Vocab.SELF, f)) {
            int a = h.originalStart(f);
            if (h.key().equals("back") && !OwnBody.quoted(sentence, a)
                    && titles.stream().noneMatch(t -> t.start() <= a && a < t.end())) {
                return List.of(new Mention(a, h.originalEnd(f), names, 1.0));
            }
        }
        return List.of();
    }

    /** "une élue de Rennes Métropole", "le maire de Pau": a collectivité named as someone's office is not a laureate. */
    private boolean affiliation(String sentence, Mention m) {
        String before = Folded.fold(sentence.substring(Math.max(0, m.start() - 40), m.start()));
        Matcher tail = AFFILIATION_TAIL.matcher(before);
        if (!tail.find()) {
            return false;
        }
        String head = before.substring(0, tail.start());
        return lexicon.find(Vocab.PERSON_ROLE, head).stream().anyMatch(h -> h.end() == head.length());
    }

    private static final Pattern AFFILIATION_TAIL = Pattern.compile("\\s+(?:de la|de l'|du|des|de|d')\\s*$");

    /**
     * A sentence of another prize ("décroche un Territoria d'or", "une quatrième arobase au label Villes
     * Internet") that does not name the label: "label" there is the other prize's.
     */
    private boolean anotherPrize(Folded f) {
        List<Hit> other = lexicon.find(Vocab.NOT_LABEL, f).stream().filter(h -> h.key().equals("other-prize")).toList();
        if (other.isEmpty() || TERRITOIRE_INNOVANT.matcher(f.text()).find()) {
            return false;
        }
        Matcher label = LABEL_WORD.matcher(f.text());
        while (label.find()) {
            int end = label.end();
            if (other.stream().noneMatch(h -> h.start() >= end && f.text().substring(end, h.start()).matches(OF_THE))) {
                return false;
            }
        }
        return true;
    }

    private static final Pattern TERRITOIRE_INNOVANT = Pattern.compile("\\bterritoires? innovants?\\b");
    private static final Pattern LABEL_WORD = Pattern.compile("\\blabels?\\b");
    /** What may stand between "label" and the other prize's name ("label Villes Internet", "label des …"). */
    private static final String OF_THE = "\\s*(?:(?:des|de la|du|de|d')\\s*)?";

    /**
     * A sentence about start-ups, another prize, candidates or a coup de cœur awards no label: one that
     * names them before the first collectivité ("le prix de la start-up … est revenu à …").
     */
    private boolean notTheLabel(Folded f, int firstMention) {
        return lexicon.find(Vocab.NOT_LABEL, f).stream().anyMatch(h -> !h.key().equals("organiser")
                && h.originalStart(f) < firstMention);
    }

    private record Pair(List<Mention> names, Title title) {
    }

    /** Titles with the names they go with. */
    private List<Pair> pair(String s, List<Mention> mentions, List<Title> titles) {
        List<List<Mention>> groups = groups(s, mentions);
        List<Pair> out = new ArrayList<>();
        // "X et Y …, la première pour T1, la seconde pour T2", "X repart avec un label, tout comme Y : la première
        // pour T1, la seconde pour T2": as many names before the titles as titles, in order
        if (titles.size() > 1 && ORDINALS.matcher(Folded.fold(s)).find()) {
            List<Mention> single = new ArrayList<>();
            for (Mention m : mentions) {
                if (m.end() <= titles.get(0).start()) {
                    if (m.names().size() > 1 && m.weight() >= 0.7) {
                        for (String n : m.names()) {
                            single.add(new Mention(m.start(), m.end(), List.of(n), m.weight()));
                        }
                    } else {
                        single.add(m);
                    }
                }
            }
            if (single.size() == titles.size()) {
                for (int k = 0; k < titles.size(); k++) {
                    out.add(new Pair(List.of(single.get(k)), titles.get(k)));
                }
                return out;
            }
        }
        // "X et Y …, la première pour T1, la seconde pour T2": one group, as many titles after it
        if (groups.size() == 1 && groups.get(0).size() == titles.size() && titles.size() > 1
                && titles.get(0).start() > groups.get(0).get(groups.get(0).size() - 1).end()) {
            for (int k = 0; k < titles.size(); k++) {
                out.add(new Pair(List.of(groups.get(0).get(k)), titles.get(k)));
            }
            return out;
        }
        java.util.Set<List<Mention>> used = new java.util.HashSet<>();
        for (Title t : titles) {
            List<Mention> after = null;
            for (List<Mention> g : groups) {
                if (g.get(0).start() >= t.end() && PORTE_PAR.matcher(s.substring(t.end(), g.get(0).start())).matches()) {
                    after = g;
                    break;
                }
            }
            if (after != null) {
                out.add(new Pair(after, t));
                used.add(after);
                continue;
            }
            List<Mention> before = null;
            for (List<Mention> g : groups) {
                if (g.get(g.size() - 1).end() <= t.start() && !used.contains(g)) {
                    before = g;
                }
            }
            if (before != null && before.stream().mapToDouble(Mention::weight).max().orElse(0) >= 0.7) {
                out.add(new Pair(before, t));
                used.add(before);
            }
        }
        return out;
    }

    /** Mentions credited together: only connectors between them. */
    private static List<List<Mention>> groups(String s, List<Mention> mentions) {
        List<List<Mention>> out = new ArrayList<>();
        for (Mention m : mentions) {
            List<Mention> last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && GROUP_GAP.matcher(s.substring(last.get(last.size() - 1).end(), m.start())).matches()) {
                last.add(m);
            } else {
                List<Mention> g = new ArrayList<>();
                g.add(m);
                out.add(g);
            }
        }
        return out;
    }

    private List<Title> titles(String s, List<Mention> mentions) {
        List<Title> ordinal = ordinalTitles(s);
        if (!ordinal.isEmpty()) {
            return ordinal;
        }
        List<Title> out = quoted(s);
        if (!out.isEmpty()) {
            return out;
        }
        return unquoted(s, mentions, out);
    }

    /**
     * "…, la première pour son application X, la seconde pour « Y »": one title in each clause, quoted or
     * not; none unless every clause gives one.
     */
    private List<Title> ordinalTitles(String s) {
        List<Integer> starts = new ArrayList<>();
        Matcher o = ORDINAL_CLAUSE.matcher(s);
        while (o.find()) {
            starts.add(o.start());
        }
        if (starts.size() < 2) {
            return List.of();
        }
        List<Title> out = new ArrayList<>();
        for (int k = 0; k < starts.size(); k++) {
            int from = starts.get(k);
            int to = k + 1 < starts.size() ? starts.get(k + 1) : s.length();
            String clause = s.substring(from, to);
            List<Title> found = quoted(clause);
            if (found.isEmpty()) {
                found = unquoted(clause, List.of(), new ArrayList<>());
            }
            if (found.isEmpty()) {
                return List.of();
            }
            Title t = found.get(0);
            out.add(new Title(from + t.start(), from + t.end(), t.text()));
        }
        return out;
    }

    /** Quoted titles: not the label's name, not a category, not someone's words. */
    private static List<Title> quoted(String s) {
        List<Title> out = new ArrayList<>();
        Matcher q = QUOTED.matcher(s);
        while (q.find()) {
            String v = q.group(1) != null ? q.group(1) : q.group(2) != null ? q.group(2) : q.group(3);
            String before = Folded.fold(s.substring(Math.max(0, q.start() - 16), q.start()));
            String after = s.substring(q.end(), Math.min(s.length(), q.end() + 10)).toLowerCase(Locale.ROOT);
            String lead = Folded.fold(s.substring(Math.max(0, q.start() - 30), q.start()));
            if (SAID.matcher(lead).find() || isLabelName(v) || Regexes.matches(before, ".*categor\\w*\\s*$") || Regexes.matches(after, "\\s*category\\b.*") || isSpeech(v)) {
                continue;
            }
            add(out, new Title(q.start(), q.end(), v));
        }
        return out;
    }

    private List<Title> unquoted(String s, List<Mention> mentions, List<Title> out) {
        Matcher porte = PROJET_PORTE.matcher(s);
        while (porte.find()) {
            add(out, new Title(porte.start(1), porte.end(1), porte.group(1)));
        }
        Matcher p = PROJET_PROPER.matcher(s);
        while (p.find()) {
            add(out, new Title(p.start(1), p.end(1), Regexes.replaceAll(p.group(1), "[.]$", Regexes.matches(p.group(1), ".*\\p{Lu}\\.$") ? "." : "")));
        }
        if (!out.isEmpty()) {
            return out;
        }
        for (Pattern pat : List.of(PROJET_NAMED, CANDIDATURE_SUR, POUR_POSSESSIVE, AVEC_PROPER, POUR_ARTICLE)) {
            Matcher m = pat.matcher(s);
            while (m.find()) {
                String t = CLAUSE_END.matcher(m.group(1)).replaceAll("").strip();
                int from = m.start(1);
                Matcher head = HEAD_NOUN.matcher(t);
                if (head.matches()) {
                    from += head.start(1);
                    t = head.group(1);
                }
                if (!t.isEmpty() && !insideMention(m.start(1), mentions)) {
                    add(out, new Title(from, from + t.length(), t));
                }
            }
            if (!out.isEmpty()) {
                return out;
            }
        }
        Matcher ap = APPOSITIVE.matcher(s);
        while (ap.find()) {
            if (!insideMention(ap.start(1), mentions) && mentions.stream().anyMatch(mn -> mn.end() <= ap.start())) {
                add(out, new Title(ap.start(1), ap.end(1), ap.group(1)));
            }
        }
        return out;
    }

    private static boolean insideMention(int pos, List<Mention> mentions) {
        return mentions.stream().anyMatch(m -> pos >= m.start() && pos < m.end());
    }

    private static void add(List<Title> out, Title t) {
        if (out.stream().noneMatch(o -> o.start() < t.end() && t.start() < o.end())) {
            out.add(t);
        }
    }

    private static boolean isLabelName(String v) {
        return Regexes.matches(Folded.fold(v), "(?:labels? )?territoires? innovants?(?: 20\\d\\d)?|start-?up interconnectee?s?");
    }

    /** A quotation of someone's words, not a title. */
    private static boolean isSpeech(String v) {
        String f = Folded.fold(v.strip());
        return Text.wordCount(v) > 14 || SPEECH.matcher(f).find() && Text.wordCount(v) > 5;
    }

    private List<MedalAt> medals(String s, Folded f) {
        List<MedalAt> out = new ArrayList<>();
        for (Hit h : lexicon.find(Vocab.MEDAL, f)) {
            int a = h.originalStart(f);
            int b = h.originalEnd(f);
            boolean paren = a > 0 && s.substring(0, a).stripTrailing().endsWith("(");
            out.add(new MedalAt(Medal.parse(h.key()).orElseThrow(), a, b, paren));
        }
        if (lexicon.contains(Vocab.AWARD_VERB, s)) {
            for (Hit h : lexicon.find(Vocab.MEDAL_PROSE, f)) {
                int a = h.originalStart(f);
                if (out.stream().noneMatch(m -> m.start() <= a && a < m.end())) {
                    out.add(new MedalAt(Medal.parse(h.key()).orElseThrow(), a, h.originalEnd(f), false));
                }
            }
        }
        out.sort((x, y) -> Integer.compare(x.start(), y.start()));
        return out;
    }

    /** The medal in parentheses right after the pair, else the nearest one before its title, else after. */
    private static Medal medalFor(Pair p, List<MedalAt> medals, String s) {
        int end = Math.max(p.title.end(), p.names.get(p.names.size() - 1).end());
        for (MedalAt m : medals) {
            if (m.parenthesized() && m.start() >= end && Regexes.matches(s.substring(end, m.start()), "\\s*\\(?\\s*")) {
                return m.medal();
            }
        }
        MedalAt before = null;
        for (MedalAt m : medals) {
            if (!m.parenthesized() && m.start() < p.title.start()) {
                before = m;
            }
        }
        if (before != null) {
            return before.medal();
        }
        for (MedalAt m : medals) {
            if (!m.parenthesized()) {
                return m.medal();
            }
        }
        return null;
    }

    /**
     * The edition of a sentence's award when it is not the document's: the one it looks back to, else the
     * year it names with the label's words ("a reçu le label d'or Territoire Innovant 2015" in a page
     * about the 2016 forum), outside quotations: the award's year wins over the document's.
     */
    private Integer awardYear(String s, String folded, Integer edition) {
        Integer recalled = recalledYear(s, folded, edition);
        if (recalled != null) {
            return recalled;
        }
        Matcher y = YEAR.matcher(s);
        Integer named = null;
        while (y.find()) {
            int year = Integer.parseInt(y.group(1));
            String near = s.substring(Math.max(0, y.start() - 40), y.start());
            if (OwnBody.quoted(s, y.start()) || !lexicon.contains(Vocab.EDITION_CUE, near)) {
                continue;
            }
            if (named != null && named != year) {
                return null; // two editions named: the sentence alone does not say which
            }
            named = year;
        }
        return named != null && !named.equals(edition) ? named : null;
    }

    /** The edition a sentence looks back to, if it is not the document's. */
    private Integer recalledYear(String s, String folded, Integer edition) {
        List<Hit> recall = lexicon.find(Vocab.RECALL_CUE, Folded.of(s));
        for (Hit h : recall) {
            if (h.key().equals("last-year") && edition != null) {
                return edition - 1;
            }
        }
        if (!recall.isEmpty()) {
            Matcher y = YEAR.matcher(s);
            while (y.find()) {
                int year = Integer.parseInt(y.group(1));
                if (edition == null || year != edition) {
                    return year;
                }
            }
        }
        return null;
    }

    /**
     * A heading that names the label or a year ("Label Territoire Innovant 2015 : ce qu'il faut retenir"), or
     * tells an award ("Numérique : notre territoire récompensé"), or is the document's title, titles the
     * text: it is no category.
     */
    private String headingCategory(String heading) {
        if (heading == null || heading.equals(title)) {
            return null;
        }
        String f = Folded.fold(heading);
        return YEAR.matcher(f).find() || Regexes.matches(f, ".*\\b(?:label|labels|territoires? innovants?)\\b.*")
                || lexicon.contains(Vocab.AWARD_VERB, heading) ? null : heading;
    }

    private static String category(String s) {
        Matcher m = Regexes.pattern("cat[ée]gorie\\s*[«\"“]\\s*([^»\"”]{2,120}?)\\s*[»\"”]", Pattern.CASE_INSENSITIVE).matcher(s);
        if (m.find()) {
            return m.group(1).strip();
        }
        Matcher en = Regexes.pattern("[«\"“]\\s*([^»\"”]{2,120}?)\\s*[»\"”]\\s+category\\b").matcher(s);
        return en.find() ? en.group(1).strip() : null;
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                return true;
            }
        }
        return false;
    }

    private static void claim(String sentence, Mentions mentions, java.util.Map<String, Medal> regionMedals) {
        Matcher c = REGION_CLAIM.matcher(sentence);
        if (!hasDigit(sentence) || !c.find()) { // it counts the labels in digits ("3 des 12 labels d'or")
            return;
        }
        Medal m = Medal.parse(c.group(3)).orElse(null);
        Matcher r = Regexes.pattern("\\b(?:la|le|l['’]|les|en|pour)\\s+(\\p{Lu}[\\p{L}'’\\-]+(?:[\\s-]\\p{Lu}[\\p{L}'’\\-]+)*)").matcher(sentence);
        while (r.find() && m != null) {
            regionMedals.putIfAbsent(r.group(1), m);
        }
    }

    /** "La Bretagne remporte 4 des 7 labels Or": laureates of that region without a medal get it. */
    private static List<Candidate> applyRegionMedals(List<Candidate> found, java.util.Map<String, Medal> claims,
            AnnotatedDocument doc) {
        var oracle = doc.names().oracle();
        java.util.Map<String, Medal> byCode = new java.util.HashMap<>();
        claims.forEach((name, medal) -> oracle.regionCode(name).ifPresent(code -> byCode.putIfAbsent(code, medal)));
        if (byCode.isEmpty()) {
            return found;
        }
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : found) {
            RawLaureate r = c.raw();
            String region = null;
            boolean one = true;
            for (String n : r.collectivites()) {
                var code = oracle.regionOf(n);
                if (code.isEmpty()) {
                    continue;
                }
                if (region != null && !region.equals(code.get())) {
                    one = false;
                }
                region = code.get();
            }
            Medal m = one && region != null ? byCode.get(region) : null;
            out.add(r.medal() == null && m != null && r.edition() == null
                    ? c.with(r.withMedal(m)) : c);
        }
        return out;
    }

    private static Evidence evidence(String sentence, Pair p, Medal m, List<MedalAt> medals, Unit u) {
        List<Evidence.FieldSpan> spans = new ArrayList<>();
        for (Mention mn : p.names) {
            spans.add(new Evidence.FieldSpan("collectivite", mn.start(), mn.end()));
        }
        spans.add(new Evidence.FieldSpan("project", p.title.start(), p.title.end()));
        for (MedalAt ma : medals) {
            if (ma.medal() == m) {
                spans.add(new Evidence.FieldSpan("medal", ma.start(), ma.end()));
                break;
            }
        }
        spans.sort((a, b) -> Integer.compare(a.start(), b.start()));
        Integer page = u.page() > 0 ? u.page() : null;
        Integer line = page == null && u.line().line() > 0 ? u.line().line() : null;
        return new Evidence(null, page, line, sentence, spans);
    }

    private static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        BreakIterator it = BreakIterator.getSentenceInstance(Locale.FRENCH);
        it.setText(text);
        int start = it.first();
        for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            String s = text.substring(start, end).strip();
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }
}
