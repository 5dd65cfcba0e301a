# Zone markers: what a heading (or a line standing as one) opens. A zone lasts until the next heading
# of the same or a higher level.

[ZONE]
palmares = (?:le |les )?palmares|(?:les |nos )?laureat(?:e?s|s)|laureates|the winners|winners|(?:les )?heureux gagnants|(?:les )?gagnants|(?:les )?resultats|(?:les )?projets? (?:labellises|recompenses|primes|distingues|laureats)|(?:les )?(?:territoires|collectivites|villes|communes) (?:labellisee?s|recompensee?s|primee?s|distinguee?s|laureate?s)|(?:les )?labels $YEAR|les labels (?:decernes|attribues|remis)|ils ont ete (?:labellises|recompenses|distingues)|remise des labels
jury = (?:le |les )?jury|jurys|(?:les )?membres du jury|composition du jury|presidente? du jury|comite de selection|comite d'experts|the jury
startup = (?:les |le concours )?start-?ups?(?: interconnectees?)?|jeunes pousses|concours start-?up|startups?
partners = (?:nos |les |grands? )?partenaires|sponsors|mecenes|avec le soutien de|partners
call = appel a (?:candidatures|projets)|candidatez|candidater|comment candidater|et si c'etait vous|(?:les )?candidatures (?:sont|seront) ouvertes|candidatures $YEAR|deposer (?:un|votre) dossier|(?:labels? )?$YEAR\s*: (?:appel|et si|candidat|inscri)\S*|prochaine edition|call for (?:entries|applications)
recall = un an apres|rappel|retour sur|souvenez-vous|que sont(?:-ils)? devenus|les laureats (?:de l'an dernier|precedents|des annees precedentes)|precedentes? editions?|ils avaient ete|en memoire
offlist = hors palmares|coups? de coeur|mentions? speciales?(?: du jury)?
toc = sommaire|table des matieres|au sommaire|contents|dans ce (?:numero|dossier)
about = a propos(?: de| des)?|qui sommes-nous|contacts?(?: presse)?|mentions legales|informations pratiques|pour en savoir plus|en savoir plus|about
criteria = (?:les )?criteres(?: de notation| d'evaluation| de selection| d'attribution)?|modalites|reglement
programme = (?:le )?programme|agenda|ateliers|plenieres?|le forum en chiffres|chiffres cles
edito = edito(?:rial)?|le mot du president|preface|avant-propos

[NOT_LABEL]
# What looks like an award but is not the label.
offlist = hors palmares|coups? de coeur|ne vaut pas attribution
startup = start-?ups?|jeunes? pousses?|jeune entreprise|concours start-?up
other-prize = territoria|villes? internet|trophees? (?:de la|des|du) (?!label)|prix (?:de la|des|du) (?!label)|@{2,}|marianne d'or
candidate = finalistes?|nomines?|preselectionnes?|auditionnes?|candidatures? retenues?|dossiers? deposes?
# The label's organiser and its jury award the label; they are never its laureates.
organiser = (?:l'association |le reseau |le forum |les )?(?:des )?interconnectes|reseau des territoires innovants

[FURNITURE]
# Texts of links and buttons around records on web pages and in PDFs made from them: no title, no name.
link = voir (?:la fiche|le projet|la video|le detail|plus|tous les laureats)|en savoir plus|lire la suite|lire l'article|read more|learn more|see more|decouvrir(?: le projet)?|telecharger(?: la fiche| le dossier| le pdf)?|partager(?: sur \S+)?|imprimer|retour (?:a la liste|en haut)|haut de page|\+ d'infos?|plus d'infos?|fiche projet|fiche detaillee
