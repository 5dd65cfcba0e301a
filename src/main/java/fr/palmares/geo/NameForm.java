package fr.palmares.geo;

import fr.palmares.model.Regexes;
import fr.palmares.model.Text;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A printed name split into its form ("Ville de", "Communauté de communes", "Syndicat mixte"...) and the
 * rest. Parenthesized acronyms ("(CANGT)"), quoted nicknames and trailing service names ("service du
 * PLIE", ", Direction de l'Urbanisme") are removed first.
 *
 * @param cleaned    the printed name without the removed parts
 * @param tokens     {@link NameKey#tokens} of {@code cleaned}
 * @param type       the type told by the form, null when the form says nothing
 * @param formLength how many leading tokens are the form (0 for EPCI, whose key keeps the whole name)
 * @param acronyms   the acronyms that were in parentheses
 * @param asides     every text that was in parentheses ("CANGT", "93", "La Réunion"), in order
 */
record NameForm(String cleaned, List<String> tokens, String type, int formLength, List<String> acronyms,
        List<String> asides) {

    private static final Pattern PARENS = Pattern.compile("\\s*\\(([^()]*)\\)");
    private static final Pattern QUOTED = Pattern.compile("\\s*(«[^»]*»|\"[^\"]*\")");
    private static final Pattern TAIL = Pattern.compile(
            "(?iu)[\\s,;]+(?:[-/]\\s*)?(?:service|services|direction|dir\\.)\\s.*$");
    private static final Pattern ACRONYM = Pattern.compile("[A-Z][A-Za-z0-9&.\\-]{1,11}");
    private static final Pattern EDGES = Pattern.compile("^[\\s,;:.\\-/]+|[\\s,;:.\\-/]+$");
    private static final Pattern ABBREVIATED_EPCI = Pattern.compile("^(?:(?:La|Le|L')\\s*)?(CA|CC|CU)\\b(?!')");

    private record Form(List<String> words, String type) {
    }

    /** Fixed forms at the start of the name (after articles), longest first. */
    private static final List<Form> FORMS = forms(
            // collectivités
            "ville", "commune", "mairie", "commune", "commune", "commune", "commune nouvelle", "commune",
            "municipalite", "commune", "hotel ville", "commune",
            "departement", "departement", "conseil departemental", "departement",
            "conseil general", "departement",
            "region", "region", "conseil regional", "region", "collectivite territoriale", "region",
            "communaute communes", "epci", "communaute agglo", "epci", "communaute urbaine", "epci",
            "communaute intercommunale", "epci",
            "metropole", "epci", "eurometropole", "epci", "agglo", "epci",
            // syndicats
            "syndicat", "syndicat", "syndicat mixte", "syndicat", "syndicat intercommunal", "syndicat",
            "syndicat departemental", "syndicat", "sm", "syndicat", "territoire energie", "syndicat",
            "sivu", "syndicat", "sivom", "syndicat", "sivos", "syndicat", "smo", "syndicat",
            "parc naturel regional", "syndicat", "pnr", "syndicat", "petr", "syndicat",
            "pole equilibre territorial rural", "syndicat", "pole metropolitain", "syndicat",
            // services of the State
            "direction departementale", "etat", "direction regionale", "etat", "direction generale", "etat",
            "direction interministerielle", "etat", "ddt", "etat", "ddtm", "etat", "ddets", "etat", "ddpp", "etat",
            "dreal", "etat", "drac", "etat", "draaf", "etat", "dreets", "etat", "prefecture", "etat",
            "sous prefecture", "etat", "ministere", "etat", "secretariat general", "etat", "sgar", "etat",
            "agence regionale sante", "etat", "ars", "etat", "agence nationale", "etat", "rectorat", "etat",
            "academie", "etat", "dinum", "etat",
            // other bodies
            "office", "autre", "office tourisme", "autre", "comite", "autre", "agence", "autre", "hub", "autre",
            "association", "autre", "ccas", "autre", "cias", "autre", "centre communal action sociale", "autre",
            "centre intercommunal action sociale", "autre", "centre hospitalier", "autre", "chu", "autre",
            "centre gestion", "autre", "caue", "autre", "spl", "autre", "sem", "autre",
            "societe publique locale", "autre", "societe economie mixte", "autre", "gip", "autre",
            "groupement interet public", "autre", "universite", "autre", "lycee", "autre", "college", "autre",
            "ecole", "autre", "cci", "autre", "chambre", "autre", "mission locale", "autre",
            "etablissement public", "autre", "epf", "autre", "sdis", "autre",
            "service departemental incendie", "autre", "musee", "autre", "mediatheque", "autre",
            "bibliotheque", "autre", "conservatoire", "autre", "fondation", "autre", "institut", "autre");

    /** Words that make a name an EPCI wherever they stand ("Rennes Métropole", "Valence Agglo"). */
    private static final List<String> EPCI_MARKERS = List.of("metropole", "eurometropole", "agglo");

    static NameForm parse(String printed) {
        List<String> acronyms = new ArrayList<>();
        List<String> asides = new ArrayList<>();
        String cleaned = clean(printed, acronyms, asides);
        List<String> tokens = NameKey.tokens(cleaned);
        String type = null;
        int length = 0;
        if (ABBREVIATED_EPCI.matcher(cleaned).find() && tokens.size() > 1) {
            type = "epci";
        } else {
            for (Form f : FORMS) {
                if (startsWith(tokens, f.words())) {
                    type = f.type();
                    length = f.type().equals("epci") ? 0 : f.words().size();
                    break;
                }
            }
            if (type == null && !tokens.isEmpty() && isEpciByMarker(tokens, cleaned)) {
                type = "epci";
            }
        }
        if (type != null && length > 0 && length == tokens.size() && !isBodyType(type)) {
            type = null; // "Ville", "Région" alone name nothing
            length = 0;
        }
        return new NameForm(cleaned, List.copyOf(tokens), type, length, List.copyOf(acronyms), List.copyOf(asides));
    }

    /**
     * "Rennes Métropole", "Valence Agglo", "Lannion-Trégor Communauté", "Grand Poitiers Communauté urbaine",
     * "Communauté Pays Basque" (a capitalized name right after "Communauté").
     */
    private static boolean isEpciByMarker(List<String> tokens, String cleaned) {
        if (tokens.stream().anyMatch(EPCI_MARKERS::contains)) {
            return true;
        }
        int n = tokens.size();
        if (n > 1 && tokens.get(n - 1).equals("communaute")) {
            return true;
        }
        for (int i = 1; i + 1 < n; i++) {
            if (tokens.get(i).equals("communaute") && EpciKey.abbreviation(tokens.get(i + 1)) != null) {
                return true;
            }
        }
        if (n > 1 && tokens.get(0).equals("communaute")) {
            String[] words = Regexes.split(cleaned, "\\s+");
            return words.length > 1 && Character.isUpperCase(words[1].codePointAt(0));
        }
        return false;
    }

    static boolean isBodyType(String type) {
        return "syndicat".equals(type) || "etat".equals(type) || "autre".equals(type);
    }

    /** The tokens after the form. */
    List<String> remainder() {
        return tokens.subList(formLength, tokens.size());
    }

    String remainderKey() {
        return NameKey.join(remainder());
    }

    /**
     * The article that the form's connector gives the name after it, French contractions undone: "Ville du
     * Lamentin" and "Commune de Le Lamentin" "le", "Ville de La Rochelle" "la", "Ville des Abymes" "les",
     * "Ville de l'Isle-Adam" "l", "Ville de Lamentin" and "Ville d'Antony" "" (no article); null when there
     * is no form or its connector says nothing ("Mairie Toulouse", "Ville et ...").
     */
    String impliedArticle() {
        if (formLength == 0 || formLength >= tokens.size()) {
            return null;
        }
        List<String> words = NameKey.words(cleaned);
        int i = 0;
        for (int seen = 0; i < words.size() && seen < formLength; i++) {
            if (!NameKey.STOPWORDS.contains(words.get(i))) {
                seen++;
            }
        }
        StringBuilder connector = new StringBuilder();
        for (; i < words.size() && NameKey.STOPWORDS.contains(words.get(i)); i++) {
            connector.append(connector.length() == 0 ? "" : " ").append(words.get(i));
        }
        return switch (connector.toString()) {
            case "de", "d" -> "";
            case "du", "de le", "d le" -> "le";
            case "de la", "d la" -> "la";
            case "de l", "d l" -> "l";
            case "des", "de les", "d les" -> "les";
            default -> null;
        };
    }

    /** The leading article of an official name ("Le Lamentin" "le", "Lamentin" ""). */
    static String leadingArticle(String officialName) {
        List<String> words = NameKey.words(officialName);
        return !words.isEmpty() && NameKey.ARTICLES.contains(words.get(0)) ? words.get(0) : "";
    }

    String key() {
        return NameKey.join(tokens);
    }

    static String clean(String printed, List<String> acronyms, List<String> asides) {
        if (printed == null) {
            return "";
        }
        String s = Text.collapse(Text.plainTypography(printed));
        Matcher m = PARENS.matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String inner = m.group(1).strip();
            if (!inner.isEmpty()) {
                asides.add(inner);
            }
            if (ACRONYM.matcher(inner).matches() && inner.chars().filter(Character::isUpperCase).count() >= 2) {
                acronyms.add(inner);
            }
            m.appendReplacement(sb, " ");
        }
        m.appendTail(sb);
        s = sb.toString();
        String unquoted = QUOTED.matcher(s).replaceAll(" ");
        if (!unquoted.isBlank()) {
            s = unquoted;
        }
        s = TAIL.matcher(s).replaceFirst("");
        s = EDGES.matcher(Text.collapse(s)).replaceAll("");
        return Text.collapse(s);
    }

    /** Official names: without their parenthesized acronyms and quoted nicknames (no regex: runs at load). */
    static String stripAsides(String name) {
        if (name.indexOf('(') < 0 && name.indexOf('"') < 0 && name.indexOf('\u00AB') < 0) {
            return name;
        }
        StringBuilder sb = new StringBuilder(name.length());
        char closing = 0;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (closing != 0) {
                if (c == closing) {
                    closing = 0;
                }
            } else if (c == '(') {
                closing = ')';
            } else if (c == '"') {
                closing = '"';
            } else if (c == '\u00AB') {
                closing = '\u00BB';
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static boolean startsWith(List<String> tokens, List<String> prefix) {
        if (tokens.size() < prefix.size()) {
            return false;
        }
        for (int i = 0; i < prefix.size(); i++) {
            if (!tokens.get(i).equals(prefix.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static List<Form> forms(String... pairs) {
        List<Form> list = new ArrayList<>();
        for (int i = 0; i < pairs.length; i += 2) {
            list.add(new Form(List.of(pairs[i].split(" ")), pairs[i + 1]));
        }
        list.sort(Comparator.comparingInt((Form f) -> f.words().size()).reversed());
        return List.copyOf(list);
    }
}
