package fr.palmares.parse;

import fr.palmares.annotate.NameOracle;
import fr.palmares.model.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits the collectivités credited together ("X et Y", "X, Y", "X & Y", "X, la Y", "Ville et Métropole
 * du Grand Nancy") into one name each, without cutting a name that contains "et" or a comma: a split is
 * kept only where the part after it starts like a name.
 */
public final class NameSplitter {
    private static final Pattern SEPARATOR = Pattern.compile("\\s*,\\s*(?:et\\s+)?|\\s+(?:et|&|ainsi que)\\s+(?:(?:à|au|aux)\\s+)?|\\s*&\\s*|\\s*\\+\\s*");
    private static final Pattern VILLE_ET = Pattern.compile(
            "^(Ville|Commune|Mairie)\\s+et\\s+((?:Eurom|M)[ée]tropole|Communaut[ée].*?|Agglom[ée]ration)\\s+(de la|de l'|du|de|d')\\s*(?:(Grand)\\s+)?(.+)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NAME_START = Pattern.compile(
            "^(?:(?:la|le|les|l['’])\\s*)?(?:\\p{Lu}|(?:" + NameForms.TYPE_NOUNS + ")\\b).*");

    private final NameOracle oracle;

    public NameSplitter(NameOracle oracle) {
        this.oracle = oracle;
    }

    public List<String> split(String printed) {
        String s = Text.collapse(printed.replace('\n', ' '));
        Matcher v = VILLE_ET.matcher(s);
        if (v.matches()) {
            String place = v.group(5).strip();
            String epci = v.group(2) + " " + v.group(3) + (v.group(3).endsWith("'") ? "" : " ")
                    + (v.group(4) != null ? v.group(4) + " " : "") + place;
            String ville = Cleaning.ofPlace(v.group(1), place);
            return List.of(Cleaning.name(ville), Cleaning.name(epci));
        }
        List<String> parts = new ArrayList<>();
        Matcher m = SEPARATOR.matcher(s);
        int start = 0;
        int cut = 0;
        while (m.find()) {
            String right = s.substring(m.end());
            String left = s.substring(start, m.start());
            if (startsLikeName(right) && !left.isBlank() && acceptableCut(s.substring(cut, m.start()), right)) {
                parts.add(s.substring(cut, m.start()));
                cut = m.end();
            }
            start = m.end();
        }
        parts.add(s.substring(cut));
        List<String> out = new ArrayList<>();
        for (String p : parts) {
            String c = Cleaning.name(p);
            if (!c.isEmpty()) {
                out.add(c);
            }
        }
        return out;
    }

    private boolean startsLikeName(String right) {
        String r = right.strip();
        if (r.isEmpty()) {
            return false;
        }
        String folded = Text.fold(r);
        return NAME_START.matcher(r).matches() || NAME_START.matcher(folded).matches();
    }

    /** The left part must not be a fragment of one name ("Communauté de communes Cœur" + "Coteaux"). */
    private boolean acceptableCut(String left, String right) {
        String l = Cleaning.name(left);
        if (l.isEmpty() || depth(left) != 0) {
            return false;
        }
        String firstRight = Cleaning.name(right.split("\\s*(?:,|\\bet\\b|&)\\s*")[0]);
        if (oracle.isCollectivite(firstRight)) {
            return true;
        }
        // "X et le Hub du Sud": an unknown body introduced by a lower-case article after a known name.
        return oracle.isCollectivite(l) && right.strip().matches("^(?:la|le|les)\\s+\\S.*|^l['’]\\s*\\S.*");
    }

    private static int depth(String s) {
        int d = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '(') {
                d++;
            } else if (s.charAt(i) == ')') {
                d--;
            }
        }
        return d;
    }

}
