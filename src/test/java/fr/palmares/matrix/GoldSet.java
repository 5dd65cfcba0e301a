package fr.palmares.matrix;

import java.text.Collator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A set of gold laureates for the layouts to render, with what every real document carries besides:
 * jury, start-up winners, partners, and a past laureate recalled in passing (an optional gold record).
 * Layouts take the set as a parameter and derive every count and year from it.
 *
 * <p>{@link #EDITION_2020}: fourteen invented laureates of an invented 2020 edition,
 * credited to real collectivités of many kinds (commune, EPCI written CA, CC, CU or métropole,
 * département, région, syndicat mixte, overseas), with one co-award, titles with a colon, with quotes,
 * with apostrophes, and all three medals; plus what every real document carries besides: a jury naming
 * collectivités and people, start-up winners, partners, and a 2015 laureate recalled in passing.
 *
 * <p>Names and geography were checked against src/main/resources/geo; projects, people, companies and
 * figures are invented.
 */
public final class GoldSet {
    private static final int Y2020 = 2020;

    private static final String ACCUEIL = "Accueil et démarches des habitants";
    private static final String SOBRIETE = "Sobriété et transition écologique";
    private static final String COHESION = "Cohésion sociale et accès aux droits";
    private static final String DONNEES = "Mobilités et aménagement par la donnée";

    private static final Body ALENCON = new Body("Communauté urbaine d’Alençon", "CU d’Alençon", List.of(), "epci", "61", "28",
            "Normandie", "Orne (61)");
    private static final Body LHAY = new Body("Ville de L’Haÿ-les-Roses", "Ville de L’Haÿ-les-Roses",
            List.of("L’Haÿ-les-Roses", "Commune de L’Haÿ-les-Roses"), "commune", "94", "11", "Île-de-France",
            "Val-de-Marne (94)");
    private static final Body HAUTE_VIENNE = new Body("Département de la Haute-Vienne", "Dépt de la Haute-Vienne",
            List.of("Conseil départemental de la Haute-Vienne", "Haute-Vienne"), "departement", "87", "75",
            "Nouvelle-Aquitaine", "Haute-Vienne (87)");
    private static final Body OLERON = new Body("Communauté de communes de l’Île d’Oléron", "CC de l’Île d’Oléron",
            List.of("CC de l’Ile d’Oléron", "Communauté de communes de l’Ile d’Oléron"), "epci", "17", "75",
            "Nouvelle-Aquitaine", "Charente-Maritime (17)");
    private static final Body VALENCIENNES = new Body("Ville de Valenciennes", "Ville de Valenciennes", List.of("Valenciennes"),
            "commune", "59", "32", "Hauts-de-France", "Nord (59)");
    private static final Body VALENCIENNES_METROPOLE = new Body("Valenciennes Métropole", "CA Valenciennes Métropole",
            List.of("Communauté d’agglomération Valenciennes Métropole"), "epci", "59", "32", "Hauts-de-France",
            "Nord (59)");
    private static final Body DOUBS_THD = new Body("Syndicat mixte Doubs Très Haut Débit", "SM Doubs Très Haut Débit",
            List.of("Doubs Très Haut Débit", "SMIX Doubs Très Haut Débit"), "syndicat", "25", "27",
            "Bourgogne-Franche-Comté", "Doubs (25)");
    private static final Body AURILLAC = new Body("Ville d’Aurillac", "Ville d’Aurillac", List.of("Aurillac", "Commune d’Aurillac"),
            "commune", "15", "84", "Auvergne-Rhône-Alpes", "Cantal (15)");
    private static final Body CENTRE_VAL_DE_LOIRE = new Body("Région Centre-Val de Loire", "Région Centre-Val de Loire",
            List.of("Conseil régional du Centre-Val de Loire", "Centre-Val de Loire"), "region", null, "24",
            "Centre-Val de Loire", "Centre-Val de Loire");
    private static final Body SAINT_LAURENT = new Body("Ville de Saint-Laurent-du-Maroni", "Ville de Saint-Laurent-du-Maroni",
            List.of("Saint-Laurent-du-Maroni", "Ville de Saint-Laurent-du-Maroni (Guyane)"), "commune", "973", "03",
            "Guyane", "Guyane (973)");
    private static final Body CASUD = new Body("Communauté d’agglomération du Sud (CASUD)", "CA du Sud (CASUD)",
            List.of("Communauté d’agglomération du Sud", "CA du Sud", "CASUD", "La CASUD",
                    "Communauté d’agglomération du Sud (La Réunion)", "CA du Sud (La Réunion)"),
            "epci", "974", "04", "La Réunion", "La Réunion (974)");
    private static final Body VIERZON = new Body("Communauté de communes Vierzon-Sologne-Berry", "CC Vierzon-Sologne-Berry",
            List.of(), "epci", "18", "24", "Centre-Val de Loire", "Cher (18)");
    private static final Body ORLEANS = new Body("Orléans Métropole", "Orléans Métropole", List.of(), "epci", "45", "24",
            "Centre-Val de Loire", "Loiret (45)");
    private static final Body AUXERROIS = new Body("Communauté d’agglomération de l’Auxerrois", "CA de l’Auxerrois", List.of(),
            "epci", "89", "27", "Bourgogne-Franche-Comté", "Yonne (89)");
    private static final Body LAMENTIN = new Body("Ville du Lamentin", "Ville du Lamentin",
            List.of("Le Lamentin", "Ville du Lamentin (Martinique)", "Commune du Lamentin"), "commune", "972", "02",
            "Martinique", "Martinique (972)");
    private static final Body SAINT_DIE = new Body("Ville de Saint-Dié-des-Vosges", "Ville de Saint-Dié-des-Vosges",
            List.of("Saint-Dié-des-Vosges"), "commune", "88", "44", "Grand Est", "Vosges (88)");

    /** The laureates of 2020, in the order of the official list: category, then medal. */
    private static final List<Award> AWARDS_2020 = List.of(
            award(Medal.OR, ACCUEIL, List.of(ALENCON), "Alençon Démarches : le guichet unique en ligne",
                    List.of("Alençon Démarches"),
                    "Un seul compte pour les 31 communes, de l’état civil à la collecte des déchets."),
            award(Medal.ARGENT, ACCUEIL, List.of(LHAY), "Le Compagnon des familles", List.of(),
                    "Inscriptions, factures et rendez-vous de la petite enfance réunis dans un même espace."),
            award(Medal.BRONZE, ACCUEIL, List.of(HAUTE_VIENNE), "Haute-Vienne Proximité", List.of(),
                    "Des rendez-vous en visio avec les travailleurs sociaux depuis 42 mairies rurales."),
            award(Medal.OR, SOBRIETE, List.of(OLERON), "Objectif zéro déchet sur l’île", List.of(),
                    "Des bacs pucés et un tableau de bord public qui ont réduit de 18 % les ordures ménagères."),
            award(Medal.ARGENT, SOBRIETE, List.of(VALENCIENNES, VALENCIENNES_METROPOLE),
                    "Chaleur partagée : un réseau de chaleur piloté par la donnée", List.of("Chaleur partagée"),
                    "Le réseau de chaleur urbain ajuste sa production à la météo et aux relevés des sous-stations."),
            award(Medal.BRONZE, SOBRIETE, List.of(DOUBS_THD), "Le réseau qui consomme moins", List.of(),
                    "La consommation électrique des armoires de fibre optique mesurée et réduite d’un quart."),
            award(Medal.BRONZE, SOBRIETE, List.of(AURILLAC), "Les jardins qui parlent", List.of(),
                    "Des sondes d’humidité dans les espaces verts pour n’arroser qu’à bon escient."),
            award(Medal.OR, COHESION, List.of(CENTRE_VAL_DE_LOIRE), "Opération “Premier Clic”",
                    List.of("Opération « Premier Clic »", "Opération \"Premier Clic\""),
                    "Un ordinateur reconditionné et dix heures d’accompagnement pour 3 000 lycéens boursiers."),
            award(Medal.ARGENT, COHESION, List.of(SAINT_LAURENT), "Les médiateurs du fleuve", List.of(),
                    "Des médiateurs numériques en pirogue pour les villages du Maroni."),
            award(Medal.ARGENT, COHESION, List.of(CASUD), "Kaz Numérik", List.of(),
                    "Quatre tiers-lieux où l’on vient faire ses démarches accompagné."),
            award(Medal.BRONZE, COHESION, List.of(VIERZON), "La Roulotte numérique", List.of(),
                    "Un atelier itinérant qui passe chaque semaine dans les bourgs de Sologne."),
            award(Medal.OR, DONNEES, List.of(ORLEANS), "Orléans Mobilités en temps réel", List.of(),
                    "Bus, tram, vélos et parkings sur une même carte ouverte aux réutilisateurs."),
            award(Medal.ARGENT, DONNEES, List.of(AUXERROIS), "Le jumeau numérique de l’Auxerrois", List.of(),
                    "Une maquette 3D du territoire pour instruire les permis et simuler les crues de l’Yonne."),
            award(Medal.BRONZE, DONNEES, List.of(LAMENTIN), "Lamentin Wi-Fi citoyen", List.of(),
                    "Un réseau public gratuit dont les données de fréquentation guident l’éclairage des places."));

    private static final Award PAST_2020 = new Award(2015, Medal.OR, null, List.of(SAINT_DIE), "Déodatie connectée",
            List.of(), "");

    private static final List<String[]> JURY_2020 = List.of(
            new String[] {"Anne-Laure Kieffer", "vice-présidente de la Communauté urbaine du Grand Reims",
                "présidente du jury"},
            new String[] {"Bruno Castagné", "directeur général des services du Département du Gers", ""},
            new String[] {"Malika Ouédraogo", "adjointe au maire de Chambéry", ""},
            new String[] {"Yann Le Goff", "directeur des systèmes d’information de Grand Lac", ""},
            new String[] {"Paul Henry", "Ville de Saint-Dié-des-Vosges", ""},
            new String[] {"Sandrine Morvan", "Assemblée des communautés de France (AdCF)", ""});

    private static final List<String[]> STARTUPS_2020 = List.of(
            new String[] {"Quartier Libre Data", "Lille", "capteurs de fréquentation des équipements publics"},
            new String[] {"Mairoscope", "Toulouse", "assistant de rédaction des délibérations"});

    private static final List<String> PARTNERS_2020 = List.of("Banque des Territoires", "La Poste", "Région Grand Est",
            "Ville de Strasbourg", "AdCF");

    /** The 2020 set (see the class comment). */
    public static final GoldSet EDITION_2020 = new GoldSet(Y2020, AWARDS_2020, PAST_2020, JURY_2020, STARTUPS_2020,
            PARTNERS_2020);

    private final int edition;
    private final List<Award> awards;
    private final Award past;
    private final List<String[]> jury;
    private final List<String[]> startups;
    private final List<String> partners;

    /**
     * @param edition the edition of every laureate
     * @param awards the laureates, in the order of the official list
     * @param past a laureate of an earlier edition recalled in passing (optional in the gold)
     * @param jury the jury: name, role (with the body), and a note ("présidente du jury") or ""; the first
     *     one presides
     * @param startups the start-up winners: company, home town, what it makes (at least two)
     * @param partners the partners' names
     */
    public GoldSet(int edition, List<Award> awards, Award past, List<String[]> jury, List<String[]> startups,
            List<String> partners) {
        this.edition = edition;
        this.awards = List.copyOf(awards);
        this.past = past;
        this.jury = List.copyOf(jury);
        this.startups = List.copyOf(startups);
        this.partners = List.copyOf(partners);
    }

    public int edition() {
        return edition;
    }

    public List<Award> awards() {
        return awards;
    }

    public Award past() {
        return past;
    }

    public List<String[]> jury() {
        return jury;
    }

    public List<String[]> startups() {
        return startups;
    }

    public List<String> partners() {
        return partners;
    }

    private static Award award(Medal m, String category, List<Body> bodies, String project, List<String> shorter,
            String description) {
        return new Award(Y2020, m, category, bodies, project, shorter, description);
    }

    /** The categories in the order of the list. */
    public List<String> categories() {
        return awards.stream().map(Award::category).distinct().toList();
    }

    /** The laureates of one category, in list order. */
    public List<Award> inCategory(String category) {
        return awards.stream().filter(a -> category.equals(a.category())).toList();
    }

    /** The laureates of one medal, in list order. */
    public List<Award> withMedal(Medal m) {
        return awards.stream().filter(a -> a.medal() == m).toList();
    }

    /** The laureates grouped by the region of their (first) body, regions in alphabetical order. */
    public Map<String, List<Award>> byRegion() {
        Map<String, List<Award>> out = new LinkedHashMap<>();
        awards.stream().map(Award::regionName).distinct().sorted(Collator.getInstance(Locale.FRENCH))
                .forEach(r -> out.put(r, awards.stream().filter(a -> a.regionName().equals(r)).toList()));
        return out;
    }
}
