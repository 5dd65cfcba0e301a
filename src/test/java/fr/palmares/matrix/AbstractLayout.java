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
 * The noise is worded in one of three ways, chosen by the layout's id, so that the documents differ.
 * A subclass writes {@link #palmares} and may change any other part.
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
    public Doc render() {
        List<Node> out = new ArrayList<>();
        front(out);
        palmares(out);
        back(out);
        return finish(new Doc(title(), out, options()));
    }

    /** The laureates, laid out. */
    protected abstract void palmares(List<Node> out);

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

    protected String title() {
        return switch (variant()) {
            case 0 -> "Label Territoire Innovant 2020 : le palmarès";
            case 1 -> "Les lauréats du label Territoire Innovant 2020";
            default -> "Territoire Innovant 2020 : quatorze projets labellisés";
        };
    }

    protected String dateline() {
        return switch (kind) {
            case "page" -> "Accueil › Le label › Palmarès 2020";
            case "annuaire" -> "Annuaire des lauréats — édition 2020";
            case "dossier" -> "Dossier de presse — Forum des Interconnectés, décembre 2020";
            default -> "Communiqué de presse — Lyon, le 9 décembre 2020";
        };
    }

    protected void front(List<Node> out) {
        out.add(Para.small(dateline()));
        out.add(new Heading(1, title()));
        out.add(Para.of(intro()));
        out.add(Para.of(pastLaureate()));
    }

    protected void back(List<Node> out) {
        startups(out);
        jury(out);
        partners(out);
        call(out);
        out.add(Para.small("Contact presse : Claire Dumoulin — 04 78 12 34 56 — presse@interconnectes.com"));
    }

    protected String intro() {
        return switch (variant()) {
            case 0 -> "Le jury du label « Territoire Innovant » a retenu cette année 14 projets, portés par des "
                    + "communes, des intercommunalités, un département, une région et un syndicat mixte : 4 labels "
                    + "d’or, 5 labels d’argent et 5 labels de bronze. Ils ont été remis le 8 décembre 2020, lors "
                    + "d’un Forum des Interconnectés entièrement en ligne.";
            case 1 -> "Quatorze projets reçoivent le label « Territoire Innovant » 2020. Malgré la crise sanitaire, "
                    + "96 dossiers avaient été déposés ; le jury en a auditionné 31 avant de décerner 4 labels d’or, "
                    + "5 d’argent et 5 de bronze.";
            default -> "Pour son édition 2020, le label Territoire Innovant des Interconnectés distingue 14 lauréats, "
                    + "de la commune ultramarine à la métropole. La remise des labels s’est tenue le 8 décembre en "
                    + "clôture du forum, diffusé en direct depuis Lyon.";
        };
    }

    protected String pastLaureate() {
        return switch (variant()) {
            case 0 -> "Lauréate d’or en 2015 avec « Déodatie connectée », la Ville de Saint-Dié-des-Vosges siégeait "
                    + "cette année de l’autre côté de la table, parmi les membres du jury.";
            case 1 -> "Cinq ans après le label d’or décroché par la Ville de Saint-Dié-des-Vosges pour « Déodatie "
                    + "connectée », les services en ligne restent nombreux, mais la sobriété numérique s’impose comme "
                    + "le thème de l’année.";
            default -> "Les habitués se souviennent de « Déodatie connectée », label d’or 2015 de la Ville de "
                    + "Saint-Dié-des-Vosges : plusieurs dossiers de cette année s’en réclament.";
        };
    }

    protected void startups(List<Node> out) {
        out.add(new Heading(2, switch (variant()) {
            case 0 -> "Prix start-up";
            case 1 -> "Les start-up récompensées";
            default -> "Coup de projecteur sur les start-up";
        }));
        if (variant() == 1) {
            out.add(Doc.ItemList.bullets(GoldSet.STARTUPS.stream()
                    .map(s -> List.of(Run.bold(s[0]), Run.plain(" (" + s[1] + ") — " + s[2]))).toList()));
        } else {
            String[] a = GoldSet.STARTUPS.get(0);
            String[] b = GoldSet.STARTUPS.get(1);
            out.add(Para.of("Le prix start-up, remis avec la Banque des Territoires, revient à " + a[0] + " (" + a[1]
                    + "), pour ses " + a[2] + ", et à " + b[0] + " (" + b[1] + "), " + b[2] + "."));
        }
    }

    protected void jury(List<Node> out) {
        out.add(new Heading(2, variant() == 2 ? "Composition du jury" : "Le jury"));
        List<String[]> j = GoldSet.JURY;
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
    protected void juryTable(List<Node> out, boolean header) {
        out.add(new Heading(2, "Le jury"));
        out.add(new Doc.Table(header ? List.of("Membre du jury", "Structure") : null,
                GoldSet.JURY.stream().map(m -> List.of(Doc.Cell.of(m[0] + (m[2].isEmpty() ? "" : " (" + m[2] + ")")),
                        Doc.Cell.of(m[1]))).toList()));
    }

    protected void partners(List<Node> out) {
        if (variant() == 2) {
            out.add(Para.of(Run.bold("Partenaires : "), Run.plain(String.join(" – ", GoldSet.PARTNERS))));
        } else {
            out.add(Para.of("Le label est organisé avec le soutien de la Banque des Territoires, de La Poste, de la "
                    + "Région Grand Est, de la Ville de Strasbourg et de l’AdCF."));
        }
    }

    protected void call(List<Node> out) {
        out.add(new Heading(2, switch (variant()) {
            case 0 -> "Candidater en 2021";
            case 1 -> "Et l’an prochain ?";
            default -> "Label 2021 : à vous de jouer";
        }));
        out.add(Para.of("Les candidatures au label 2021 seront ouvertes du 1er mars au 15 juin 2021. Toute "
                + "collectivité ou groupement peut déposer un dossier sur interconnectes.com ; les résultats seront "
                + "proclamés lors du forum de décembre 2021."));
    }

    // ---- helpers for the palmarès

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
}
