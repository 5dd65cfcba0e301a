# The language of award statements in prose, of looks back and of calls for candidacies.

$ETRE = est|a ete|ont ete|sont|se sont|s'est|etait|avait ete|avaient ete|vient d'etre|viennent d'etre|se trouve|se retrouve
$PART = (?:distingue|recompense|prime|labellise|honore|salue|couronne|consacre|retenu|selectionne)e?s?

[AWARD_VERB]
award = decroch(?:e|ent|ait|aient|er)|a decroche|ont decroche|avait decroche|avaient decroche
award = remport(?:e|ent|ait|aient)|a remporte|ont remporte|avait remporte|avaient remporte
award = obtien(?:t|nent)|a obtenu|ont obtenu|avait obtenu|avaient obtenu|obtenait
award = recoi(?:t|vent)|a recu|ont recu|avait recu|avaient recu|recevait|recevra
award = (?:se voit|se voient|s'est vue?s?|se sont vue?s?|s'etait vue?s?) (?:decerner|remettre|attribuer|recompenser|distinguer)
award = repart(?:ent)? (?:avec|aussi avec|elle aussi avec|egalement avec)|est reparti(?:e|s|es)? avec|sont reparti(?:e|s|es)? avec
award = (?:$ETRE )?(?:aussi |egalement |elle aussi |lui aussi )?$PART(?: par| pour| avec| au| aux| d'un| lors)?
award = (?:est|sont|etait|a ete) laureate?s?(?: (?:du|de|d'un|des) (?:label|prix|distinction))?|laureate?s? (?:du|de|d'un|des) (?:label|prix|distinction)
award = (?:a |ont )?souri a|(?:vaut|valent|a valu|ont valu|vaudra) a|(?:va|vont|revient|reviennent|est revenue?|sont revenue?s) a|est (?:attribue|decerne|remis)e? a|(?:attribue|decerne|remis|accorde)e?s? a|(?:a ete|ont ete) (?:attribue|decerne|remis|accorde)e?s? a
award = se distingue(?:nt)?|se hisse(?:nt)?|s'illustre(?:nt)?|s'adjuge(?:nt)?|empoche(?:nt)?|rafle(?:nt)?|gagne(?:nt)?|a gagne|ont gagne|merite(?:nt)?
award = avoir (?:recu|obtenu|decroche|remporte)|d'avoir (?:recu|obtenu|decroche|remporte)
award = wins?|won|awarded|receives?|received|earned|takes? home|took home|recogni[sz](?:es|ed)|rewards|rewarded|honou?rs|honou?red

[SELF]
# The body a document speaks for, as its own texts name it: in the first person ("notre ville",
# "notre communauté de communes", "nous avons reçu"), by its type with a capital ("la Ville a obtenu",
# "le Département") or, in English, "the town". Keys: the type the words imply, "any" for any body.
# "back" is the laureate of the sentence before ("le jury lui a attribué", "ce label récompense").
any = notre collectivite|notre institution|notre territoire|nous(?= (?:avons|sommes|venons|avions|recevons|obtenons))|our (?:council|authority)
commune = notre (?:ville|commune|municipalite|cite)|(?:la |notre )?mairie|la ville|la commune|la municipalite|the (?:town|city|village)|our (?:town|city|village)
epci = notre (?:communaute(?: de communes| d'agglomeration| urbaine)?|agglomeration|agglo|intercommunalite|metropole)|la communaute(?: de communes| d'agglomeration| urbaine)?|l'agglomeration|l'agglo|la metropole
departement = notre departement|le departement|le conseil (?:general|departemental)|the (?:county|departement)
region = notre region|la region|le conseil regional
syndicat = notre syndicat(?: mixte)?|le syndicat(?: mixte)?
back = lui|leur|l'(?:a|ont|avait|avaient)|ce label|cette distinction|cette recompense|ce prix|celle-ci|celui-ci|it|they|(?:the|this) (?:award|label|prize)

[TITLE_INTRO]
# What stands between the names and the title of a record line.
intro = pour (?:le|son|sa|ses|leur|leurs|un|une) projet|pour (?:son|sa|ses|leur|leurs)|pour|avec (?:le|son|sa|leur|un) projet|avec|au titre (?:du|de son|de sa|de leur) projet|au titre de|pour l'initiative|projet|for (?:its|their|the) project|for

[NAMES_INTRO]
# What stands between a title and the names after it ("X, porté par Y").
intro = (?:porte|portee|portes|portees|mene|menee|menes|menees|conduit|conduite|realise|realisee|presente|presentee|propose|proposee|developpe|developpee|lance|lancee)(?: conjointement)? par|a l'initiative de|de la part de|signe|by|led by

[RECALL_CUE]
last-year = l'an (?:dernier|passe)|l'annee (?:derniere|passee)|l'edition precedente|la precedente edition|last year|l'an dernier deja
past = deja (?:labellise|recompense|distingue|prime|laureat)e?s?|avait (?:recu|obtenu|decroche|remporte)|avaient (?:recu|obtenu|decroche|remporte)|dans la continuite de|lors de (?:la|l') edition $YEAR|il y a (?:un|deux|trois|quelques) ans|en $YEAR,|labellisation $YEAR|label(?: \S+){0,2} $YEAR|laureats? $YEAR

# A section looking back at past laureates: its years are theirs, not the document's edition.
retrospective = un an apres|que sont devenus|retour sur les laureats|les laureats (?:de l'an dernier|precedents|des editions precedentes)|ils avaient ete (?:labellises|distingues)|souvenez-vous

[CALL_CUE]
call = appel a candidatures|appel a projets|candidatures? (?:pour|aux?|au) (?:les )?labels?|candidater|candidatez|deposer (?:un|leur|votre|son) dossier|et si c'etait vous|(?:les )?candidatures (?:sont|seront) (?:ouvertes|recues)|prochaine edition|prochain forum|se tiendra|l'an prochain|l'annee prochaine|ouvriront|jusqu'au \d{1,2}(?:er)? \S+ $YEAR|inscriptions? (?:ouvertes|jusqu)
call = (?:dossiers?|candidatures?) (?:pour|de|a) (?:l'edition|la session|les labels) $YEAR|(?:sont|seront) attendu(?:e)?s (?:avant|jusqu)|avant le \d{1,2}(?:er)? \S+ prochain

[EDITION_CUE]
edition = labels?|laureate?s?|palmares|annuaire|edition|territoires? innovants?|promotion|millesime|forum|labellise(?:e?s)?|recompense(?:e?s)?|prime(?:e?s)?|distingue(?:e?s)?|remise

[DATE]
# A date standing alone in a dateline or a cover ("Lyon · décembre 2019"): no title, no category.
$MONTH = janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|january|february|march|april|may|june|july|august|september|october|november|december
date = (?:(?:le |les |du |lundi |mardi |mercredi |jeudi |vendredi |samedi |dimanche )*\d{1,2}(?:er)?(?: (?:&|et|au|-) \d{1,2}(?:er)?)? )?(?:$MONTH) $YEAR
date = \d{1,2}/\d{1,2}/$YEAR
