package fr.palmares.matrix;

import fr.palmares.matrix.Doc.Heading;
import fr.palmares.matrix.Doc.Node;
import fr.palmares.matrix.Doc.Para;
import fr.palmares.matrix.Doc.Run;
import java.util.ArrayList;
import java.util.List;

/**
 * What every layout shares: the front matter (dateline, title, an introduction announcing the count and
 * recalling a past laureate), then the palmarès the subclass lays out, then the back matter every real
 * document carries (start-up prizes, the jury, the partners, the call for next year, a press contact).
 * The noise is worded in one of three ways, chosen by the layout's id, so that the documents differ;
 * counts and years come from the set. A subclass writes {@link #palmares} and may change any other part.
 */
public abstract class AbstractLayout implements Layout {
    static final String NBSP = "\u00A0";

    private final String id;
    private final String kind;

    protected AbstractLayout(String id, String kind) {
        this.id = id;
        this.kind = kind;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String kind() {
        return kind;
    }

    @Override
    public Doc render(GoldSet set) {
        List<Node> out = new ArrayList<>();
        front(set, out);
        palmares(set, out);
        back(set, out);
        return finish(new Doc(title(set), out, options()));
    }

    /** The laureates, laid out. */
    protected abstract void palmares(GoldSet set, List<Node> out);

    /** PDF options (columns, bullets, fonts). */
    protected Doc.Options options() {
        return Doc.Options.PLAIN;
    }

    /** A last transformation of the whole document (e.g. capitals). */
    protected Doc finish(Doc doc) {
        return doc;
    }

    /** 0, 1 or 2: which wording of the noise this layout uses. */
    protected int variant() {
        return Math.floorMod(id.hashCode(), 3);
    }

    protected String title(GoldSet s) {
        int y = s.edition();
        return switch (variant()) {
            case 0 -> "Label Territoire Innovant " + y + " : le palmarès";
            case 1 -> "Les lauréats du label Territoire Innovant " + y;
            default -> "Territoire Innovant " + y + " : " + Words.fr(s.awards().size()) + " projets labellisés";
        };
    }

    protected String dateline(GoldSet s) {
        int y = s.edition();
        return switch (kind) {
            case "page" -> "Accueil › Le label › Palmarès " + y;
            case "annuaire" -> "Annuaire des lauréats — édition " + y;
            case "dossier" -> "Dossier de presse — Forum des Interconnectés, décembre " + y;
            default -> "Communiqué de presse — Lyon, le 9 décembre " + y;
        };
    }

    protected void front(GoldSet s, List<Node> out) {
        out.add(Para.small(dateline(s)));
        out.add(new Heading(1, title(s)));
        out.add(Para.of(intro(s)));
        out.add(Para.of(pastLaureate(s)));
    }

    protected void back(GoldSet s, List<Node> out) {
        startups(s, out);
        jury(s, out);
        partners(s, out);
        call(s, out);
        out.add(Para.small("Contact presse : Claire Dumoulin — 04 78 12 34 56 — presse@interconnectes.com"));
    }

    protected String intro(GoldSet s) {
        int n = s.awards().size();
        int y = s.edition();
        int or = s.withMedal(Medal.OR).size();
        int argent = s.withMedal(Medal.ARGENT).size();
        int bronze = s.withMedal(Medal.BRONZE).size();
        return switch (variant()) {
            case 0 -> "Le jury du label « Territoire Innovant » a retenu cette année " + n + " projets, portés par des "
                    + "collectivités de toutes tailles : " + or + " labels d’or, " + argent + " labels d’argent et "
                    + bronze + " labels de bronze. Ils ont été remis le 8 décembre " + y + ", lors d’un Forum des "
                    + "Interconnectés organisé cette année en ligne.";
            case 1 -> Words.capitalized(Words.fr(n)) + " projets reçoivent le label « Territoire Innovant » " + y
                    + ". Sur 96 dossiers déposés, le jury en a auditionné 31 avant de décerner " + or + " labels d’or, "
                    + argent + " d’argent et " + bronze + " de bronze.";
            default -> "Pour son édition " + y + ", le label Territoire Innovant des Interconnectés distingue " + n
                    + " lauréats, de la petite commune à la métropole. La remise des labels s’est tenue le 8 décembre "
                    + "en clôture du forum, diffusé en direct depuis Lyon.";
        };
    }

    protected String pastLaureate(GoldSet s) {
        Award p = s.past();
        String body = p.names();
        return switch (variant()) {
            case 0 -> "Label " + p.medal().of + " en " + p.edition() + " avec « " + p.project() + " », " + the(body)
                    + " siégeait cette année de l’autre côté de la table, parmi les membres du jury.";
            case 1 -> Words.capitalized(Words.fr(s.edition() - p.edition())) + " ans après le label " + p.medal().of
                    + " décroché par " + the(body) + " pour « " + p.project() + " », les services en ligne restent "
                    + "nombreux, mais la sobriété numérique s’impose comme le thème de l’année.";
            default -> "Les habitués se souviennent de « " + p.project() + " », label " + p.medal().of + " "
                    + p.edition() + " " + ofThe(body) + " : plusieurs dossiers de cette année s’en réclament.";
        };
    }

    protected void startups(GoldSet s, List<Node> out) {
        out.add(new Heading(2, switch (variant()) {
            case 0 -> "Prix start-up";
            case 1 -> "Les start-up récompensées";
            default -> "Coup de projecteur sur les start-up";
        }));
        if (variant() == 1) {
            out.add(Doc.ItemList.bullets(s.startups().stream()
                    .map(x -> List.of(Run.bold(x[0]), Run.plain(" (" + x[1] + ") — " + x[2]))).toList()));
        } else {
            String[] a = s.startups().get(0);
            String[] b = s.startups().get(1);
            out.add(Para.of("Le prix start-up, remis avec la Banque des Territoires, revient à " + a[0] + " (" + a[1]
                    + "), pour ses " + a[2] + ", et à " + b[0] + " (" + b[1] + "), " + b[2] + "."));
        }
    }

    protected void jury(GoldSet s, List<Node> out) {
        out.add(new Heading(2, variant() == 2 ? "Composition du jury" : "Le jury"));
        List<String[]> j = s.jury();
        if (variant() == 0) {
            StringBuilder sb = new StringBuilder("Le jury était présidé par " + j.get(0)[0] + ", " + j.get(0)[1]
                    + ". Il réunissait ");
            for (int i = 1; i < j.size(); i++) {
                sb.append(j.get(i)[0]).append(", ").append(j.get(i)[1]).append(i < j.size() - 1 ? " ; " : ".");
            }
            out.add(Para.of(sb.toString()));
        } else {
            out.add(Doc.ItemList.bullets(j.stream().map(m -> List.of(Run.plain(m[0] + ", " + m[1]
                    + (m[2].isEmpty() ? "" : " (" + m[2] + ")")))).toList()));
        }
    }

    /** The jury as a table that looks like a palmarès table: for table layouts. */
    protected void juryTable(GoldSet s, List<Node> out, boolean header) {
        out.add(new Heading(2, "Le jury"));
        out.add(new Doc.Table(header ? List.of("Membre du jury", "Structure") : null,
                s.jury().stream().map(m -> List.of(Doc.Cell.of(m[0] + (m[2].isEmpty() ? "" : " (" + m[2] + ")")),
                        Doc.Cell.of(m[1]))).toList()));
    }

    protected void partners(GoldSet s, List<Node> out) {
        if (variant() == 2) {
            out.add(Para.of(Run.bold("Partenaires : "), Run.plain(String.join(" – ", s.partners()))));
        } else {
            List<String> p = s.partners().stream().map(AbstractLayout::ofThe).toList();
            out.add(Para.of("Le label est organisé avec le soutien " + String.join(", ", p.subList(0, p.size() - 1))
                    + " et " + p.get(p.size() - 1) + "."));
        }
    }

    protected void call(GoldSet s, List<Node> out) {
        int next = s.edition() + 1;
        out.add(new Heading(2, switch (variant()) {
            case 0 -> "Candidater en " + next;
            case 1 -> "Et l’an prochain ?";
            default -> "Label " + next + " : à vous de jouer";
        }));
        out.add(Para.of("Les candidatures au label " + next + " seront ouvertes du 1er mars au 15 juin " + next
                + ". Toute collectivité ou groupement peut déposer un dossier sur interconnectes.com ; les résultats "
                + "seront proclamés lors du forum de décembre " + next + "."));
    }

    // ---- helpers

    /** A title in French quotes with non-breaking spaces. */
    protected static String quoted(String title) {
        return "«" + NBSP + title + NBSP + "»";
    }

    /** The co-credited bodies in full, joined with " et ". */
    protected static String names(Award a) {
        return a.names();
    }

    protected static String names(Award a, String joiner) {
        return a.names(Body.NameStyle.FULL, joiner);
    }

    /** The name with its article: "la Ville de X", "le Département de Y", "l’AdCF", "Orléans Métropole". */
    protected static String the(String name) {
        String first = name.split("[ ’']")[0];
        if (List.of("Ville", "Communauté", "Région", "Métropole", "Commune", "Banque", "Collectivité").contains(first)) {
            return "la " + name;
        }
        if (List.of("Département", "Syndicat", "Conseil").contains(first)) {
            return "le " + name;
        }
        if (name.startsWith("La ") || name.startsWith("Le ")) {
            return name;
        }
        if ("AEIOUÉÎ".indexOf(name.charAt(0)) >= 0) {
            return "l’" + name;
        }
        return name;
    }

    /** "de" and the name with its article: "de la Ville de X", "du Département de Y", "de La Poste". */
    protected static String ofThe(String name) {
        String t = the(name);
        if (t.startsWith("le ")) {
            return "du " + t.substring(3);
        }
        if (t.startsWith("l’")) {
            return "de " + t;
        }
        return "de " + t;
    }
}
