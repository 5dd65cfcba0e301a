# Field labels: what records label their fields with ("Catégorie :", "Projet :"), and the headers of
# table columns. A label counts where a colon follows it, at the start of a line or of a cell.

# A plural mark as printed in labels: "Porteur(s)", "Lauréat(e)s", "Collectivité(s)".
$S = (?:s|\(s\)|\(e\)s?|\(es\)|\(e\)|e|es)?

[FIELD]
category = categorie$S|theme$S|thematique$S|domaine$S|rubrique$S|axe$S|filiere$S|secteur$S
names = collectivite$S(?: laureate$S)?|laureat$S|territoire$S|porteur$S(?: du projet| de projet| de l'initiative)?|structure$S(?: porteuse$S| laureate$S)?|candidat$S|beneficiaire$S|organisme$S|maitres? d'ouvrage|institution$S|qui
title = projet$S|titre$S(?: du projet)?|intitule$S(?: du projet)?|initiative$S|noms? du projet|realisation$S|action$S|solution$S|projets? labellises?|projets? laureats?|quoi
medal = labels?|distinctions?|medailles?|prix|niveau(?: de label| de distinction)?|recompenses?|mentions?|resultats?|labels? obtenus?|distinctions? obtenues?
place = departements?|regions?|lieux?|localisation|localites?|ou|situation|implantation
year = annees?|editions?|millesimes?|promotions?|sessions?
description = descriptions?|resumes?|presentation|le projet en bref|en bref|objectifs?|en quelques mots
# English labels, in bilingual releases.
category = category|categories
names = winners?|laureates?|local authority|authority|council
title = projects?|title
medal = awards?|medals?|level|prize
