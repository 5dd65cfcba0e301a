package fr.palmares.parse;

import fr.palmares.annotate.NameOracle;
import fr.palmares.model.Block;
import fr.palmares.model.BlockKind;
import fr.palmares.model.Medal;
import fr.palmares.model.RawLaureate;
import fr.palmares.model.Text;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Press articles: the laureates named in the article's own prose, in sentences that say they were
 * awarded ("récompensée pour", "distinguée pour son projet", "se distingue par"). Boxes ("À lire aussi",
 * "Sur le même sujet"), advertising and short captions are left out, and so are awards of other years.
 * The medal is the one the sentence or its paragraph names ("label Or"), or the one a sentence gives to
 * a region ("la Bretagne remporte 4 des 7 labels Or") for laureates of that region; else unknown.
 */
public final class ArticleParser implements Parser {
    private static final Pattern AWARD_VERB = Pattern.compile(
            "\\b(r[ée]compens[ée]e?s?|distingu[ée]e?s?|attribu[ée]e?s?|d[ée]cern[ée]e?s?|prim[ée]e?s?|labellis[ée]e?s?|se distingue|remporte|d[ée]croche"
                    + "|laur[ée]ate?s?\\s+(?:du|d'un|de)\\s+label|re[çc]oit|re[çc]ue?s?|obtient|obtenue?s?|remport[ée]e?s?|d[ée]croch[ée]e?s?)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BOX_HEADING = Pattern.compile(
            "^(a lire aussi|lire aussi|sur le meme sujet|publicite|themes abordes|cet article est en relation.*"
                    + "|reagir a cet article|voir aussi|les plus lus|newsletter|contenu (propose|sponsorise).*)\\W*$");
    private static final Pattern REGION_CLAIM = Pattern.compile(
            "(\\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)\\s+des\\s+(\\d+)\\s+(?:labels?|laur[ée]ats?|m[ée]dailles?)\\s+(or|argent|bronze)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern QUOTED = Pattern.compile("«\\s*([^»]{2,150}?)\\s*»|\"([^\"]{2,150})\"|“([^”]{2,150})”");
    private static final Pattern PROJET_NAMED = Pattern.compile(
            "\\bpour (?:son|sa|leur) projet\\s+(?!«)([^,.;:!?]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern CANDIDATURE_SUR = Pattern.compile(
            "\\bcandidature(?: commune)? (?:sur|pour) (?:le |la |les |l['’])?([^,.;:!?]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern POUR_POSSESSIVE = Pattern.compile(
            "\\bpour (?:son|sa|ses|leur|leurs)\\s+((?:programme|plateforme|outil|application|dispositif|d[ée]marche|service|portail|initiative)\\b[^.;!?]*)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern POUR_ARTICLE = Pattern.compile(
            "\\b(?:r[ée]compens[ée]e?s?|distingu[ée]e?s?|prim[ée]e?s?|labellis[ée]e?s?)\\s+pour\\s+(?:la |le |les |l['’])([^.;!?]+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern APPOSITIVE = Pattern.compile(",\\s*(\\p{Lu}[\\p{L}\\d'’\\-]*(?:\\s+\\p{Lu}[\\p{L}\\d'’\\-]*){0,3})\\s*,");
    private static final Pattern OTHER_YEAR = Pattern.compile("\\b(?:labellisation|label|laur[ée]at)\\w*\\s+(20\\d\\d)\\b");
    private static final Pattern LABEL_NAME = Pattern.compile("(?i)^(?:labels?\\s+)?territoires?\\s+innovants?$");
    private static final int MIN_PROSE_WORDS = 12;

    @Override
    public List<RawLaureate> parse(List<Block> blocks, ParseContext ctx) {
        ProseMentions mentions = new ProseMentions(ctx.oracle());
        List<RawLaureate> out = new ArrayList<>();
        Map<String, Medal> regionMedals = new HashMap<>();
        Map<String, Integer> regionQuota = new HashMap<>();
        boolean inBox = false;
        boolean inAd = false;
        for (Block b : blocks) {
            String text = Text.collapse(b.text().replace('\n', ' '));
            String folded = Text.fold(text);
            if (BOX_HEADING.matcher(folded).matches()) {
                inBox = !folded.startsWith("publicite");
                inAd = folded.startsWith("publicite");
                continue;
            }
            if (inAd) {
                if (folded.startsWith("contenu propose") || folded.startsWith("contenu sponsorise")) {
                    inAd = false;
                }
                continue;
            }
            int words = Text.wordCount(text);
            if (b.isHeading() || words < MIN_PROSE_WORDS || b.kind() == BlockKind.TABLE_ROW) {
                if (b.isHeading()) {
                    inBox = false;
                }
                continue;
            }
            inBox = false;
            List<String> sentences = sentences(ProseMentions.withoutAsides(text));
            Medal paragraphMedal = null;
            for (String sentence : sentences) {
                Matcher claim = REGION_CLAIM.matcher(sentence);
                if (claim.find()) {
                    Optional<Medal> md = Medal.parse(claim.group(3));
                    Optional<String> region = regionNamed(sentence, ctx.oracle());
                    if (md.isPresent() && region.isPresent()) {
                        regionMedals.put(region.get(), md.get());
                        regionQuota.put(region.get(), number(claim.group(1)));
                    }
                }
            }
            for (String sentence : sentences) {
                Optional<Medal> sm = MedalPhrases.inSentence(sentence);
                if (sm.isPresent()) {
                    paragraphMedal = sm.get();
                }
                String clean = ProseMentions.withoutAsides(sentence);
                if (!AWARD_VERB.matcher(clean).find() || mentionsOtherYear(clean, ctx.edition())) {
                    continue;
                }
                List<ProseMentions.Mention> found = mentions.find(clean);
                if (found.isEmpty()) {
                    continue;
                }
                String project = project(clean, found.get(found.size() - 1).end());
                if (project == null || project.isBlank()) {
                    continue;
                }
                List<String> names = new ArrayList<>();
                for (ProseMentions.Mention m : found) {
                    names.add(m.name());
                }
                Medal medal = sm.orElse(paragraphMedal);
                out.add(new RawLaureate(ctx.edition(), medal, null, project, names, null, b, 0.6));
            }
        }
        return applyRegionMedals(out, regionMedals, regionQuota, ctx.oracle());
    }

    private static List<RawLaureate> applyRegionMedals(List<RawLaureate> found, Map<String, Medal> medals,
            Map<String, Integer> quota, NameOracle oracle) {
        if (medals.isEmpty()) {
            return found;
        }
        Map<String, Integer> candidates = new HashMap<>();
        List<String> regions = new ArrayList<>();
        for (RawLaureate r : found) {
            String region = regionOf(r, oracle);
            regions.add(region);
            if (region != null) {
                candidates.merge(region, 1, Integer::sum);
            }
        }
        List<RawLaureate> out = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            RawLaureate r = found.get(i);
            String region = regions.get(i);
            Medal m = region == null ? null : medals.get(region);
            boolean fits = m != null && candidates.get(region) <= quota.getOrDefault(region, 0);
            out.add(r.medal() == null && fits ? r.withMedal(m) : r);
        }
        return out;
    }

    private static String regionOf(RawLaureate r, NameOracle oracle) {
        String region = null;
        for (String n : r.collectivites()) {
            Optional<String> code = oracle.regionOf(n);
            if (code.isEmpty()) {
                continue;
            }
            if (region != null && !region.equals(code.get())) {
                return null;
            }
            region = code.get();
        }
        return region;
    }

    private static Optional<String> regionNamed(String sentence, NameOracle oracle) {
        Matcher m = Pattern.compile("\\b(?:la|le|l['’]|les|en|pour)\\s+(\\p{Lu}[\\p{L}'’\\-]+(?:[\\s-]\\p{Lu}[\\p{L}'’\\-]+)*)").matcher(sentence);
        while (m.find()) {
            Optional<String> code = oracle.regionCode(m.group(1));
            if (code.isPresent()) {
                return code;
            }
        }
        return Optional.empty();
    }

    private static boolean mentionsOtherYear(String sentence, Integer edition) {
        if (edition == null) {
            return false;
        }
        Matcher m = OTHER_YEAR.matcher(Text.fold(sentence));
        while (m.find()) {
            if (Integer.parseInt(m.group(1)) != edition) {
                return true;
            }
        }
        return false;
    }

    /** The project a sentence credits, looked for after the last name it mentions. */
    static String project(String sentence, int from) {
        String tail = sentence.substring(Math.min(from, sentence.length()));
        Matcher q = QUOTED.matcher(tail);
        while (q.find()) {
            String v = q.group(1) != null ? q.group(1) : q.group(2) != null ? q.group(2) : q.group(3);
            if (!LABEL_NAME.matcher(Text.fold(v)).matches()) {
                return Cleaning.title(v);
            }
        }
        for (Pattern p : List.of(PROJET_NAMED, CANDIDATURE_SUR, POUR_POSSESSIVE)) {
            Matcher m = p.matcher(tail);
            if (m.find()) {
                return Cleaning.title(trimClause(m.group(1)));
            }
        }
        Matcher a = POUR_ARTICLE.matcher(sentence);
        if (a.find() && a.start(1) >= from - 1) {
            return Cleaning.title(trimClause(a.group(1)));
        }
        Matcher ap = APPOSITIVE.matcher(tail);
        if (ap.find()) {
            return Cleaning.title(ap.group(1));
        }
        return null;
    }

    private static String trimClause(String s) {
        return s.replaceAll("\\s+(?:qui|dont|afin|grâce|car)\\b.*$", "").strip();
    }

    private static int number(String s) {
        switch (s.toLowerCase(Locale.ROOT)) {
            case "deux": return 2;
            case "trois": return 3;
            case "quatre": return 4;
            case "cinq": return 5;
            case "six": return 6;
            case "sept": return 7;
            case "huit": return 8;
            case "neuf": return 9;
            case "dix": return 10;
            default: return Integer.parseInt(s);
        }
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
