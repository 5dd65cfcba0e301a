# Field labels: what records label their fields with ("Catégorie :", "Projet :"), and the headers of
# table columns. A label counts where a colon follows it, at the start of a line or of a cell.

[FIELD]
category = categories?|themes?|thematiques?|domaines?|rubriques?|axes?|filieres?|secteurs?
names = collectivites?|collectivite\(s\)|collectivites? laureates?|laureate?s?|laureat\(e\)s?|territoires?|territoire\(s\)|porteurs?(?: du projet| de projet| de l'initiative)?|structures?(?: porteuses?| laureates?)?|candidats?|beneficiaires?|organismes?|maitres? d'ouvrage|institutions?|qui
title = projets?|projet\(s\)|titres?(?: du projet)?|intitules?(?: du projet)?|initiatives?|noms? du projet|realisations?|actions?|solutions?|projets? labellises?|projets? laureats?|quoi
medal = labels?|distinctions?|medailles?|prix|niveau(?: de label| de distinction)?|recompenses?|mentions?|resultats?|labels? obtenus?|distinctions? obtenues?
place = departements?|regions?|lieux?|localisation|localites?|ou|situation|implantation
year = annees?|editions?|millesimes?|promotions?|sessions?
description = descriptions?|resumes?|presentation|le projet en bref|en bref|objectifs?|en quelques mots
