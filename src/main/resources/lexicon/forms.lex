# Collectivité and body forms: the nouns and abbreviations that open (or close) their printed names.
# Keys are the dataset's types.

$CA = communaute d'agglomeration|communaute d'agglo|agglomeration|agglo|ca|cda|caa
$CC = communaute de communes|cc|cdc|ccom
$CU = communaute urbaine|cu

[FORM]
commune = ville|villes|commune|communes|mairie|municipalite|cite|city of|town of
epci = $CA|$CC|$CU|communaute intercommunale|communaute de l'agglomeration|communaute|metropole|eurometropole|metropole europeenne|etablissement public territorial|ept|pole metropolitain|petr|pole d'equilibre territorial et rural|intercommunalite|interco|syndicat d'agglomeration nouvelle|san|district
departement = departement|dept|dep|conseil departemental|conseil general|cd|cg|collectivite europeenne|county council
region = region|conseil regional|cr|collectivite territoriale|collectivite de corse|assemblee de corse|collectivite unique
syndicat = syndicat mixte|syndicat intercommunal|syndicat departemental|syndicat d'energie|syndicat|sm|smo|sivu|sivom|sdis|sieeen|parc naturel regional|parc naturel|pnr|syndicate
etat = prefecture|direction departementale|direction regionale|dreal|ddt|ddtm|ars|sous-prefecture|ministere
autre = office de tourisme|office du tourisme|office de tourisme intercommunal|office de tourisme metropolitain|comite departemental du tourisme|comite regional du tourisme|comite departemental|cdt|crt|agence|association|gip|groupement d'interet public|sem|spl|epa|centre communal d'action sociale|ccas|cias|bibliotheque|mediatheque|musee|universite|hopital|chu
