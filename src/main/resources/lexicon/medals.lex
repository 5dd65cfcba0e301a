# How documents name the three medals.

[MEDAL]
# "Label d'or", "LABEL OR :", "Label « Territoire Innovant » or", "Médaille d'argent", "labels Or",
# "Label : bronze", "lauréats argent", "distinction d'or", "niveau bronze".
or = (?:$MEDAL_HEAD)(?: $LABEL_NAME)?\s*[:\-]?\s*(?:d$APOS)?(?:or|gold)
argent = (?:$MEDAL_HEAD)(?: $LABEL_NAME)?\s*[:\-]?\s*(?:d$APOS)?(?:argent|silver)
bronze = (?:$MEDAL_HEAD)(?: $LABEL_NAME)?\s*[:\-]?\s*(?:de\s*)?bronze
# English: "gold label", "gold medal", "silver award".
or = gold (?:labels?|medals?|awards?|prizes?)
argent = silver (?:labels?|medals?|awards?|prizes?)
bronze = bronze (?:labels?|medals?|awards?|prizes?)
# Emoji medals.
or = 🥇
argent = 🥈
bronze = 🥉

[MEDAL_WORD]
# A medal word alone: a medal only where it stands alone (a table cell, a heading, a column of a
# fixed-width list, parentheses, after a decorative mark).
or = or|gold|d$APOS(?:or)
argent = argent|silver|d$APOS(?:argent)
bronze = bronze|de bronze

[MEDAL_PROSE]
# Medals as sentences name them: "décroche l'or", "l'argent a souri à", "obtient le bronze",
# "la distinction d'argent" (MEDAL covers it), "médaille d'or" (MEDAL covers it).
or = l$APOS(?:or)
argent = l$APOS(?:argent)
bronze = (?:le|du) bronze
or = (?:la |une )?(?:plus haute|premiere|meilleure) (?:marche|distinction)
# "Côté bronze, X repart avec …", "Côté or toujours": the medal a sentence is about.
or = cote (?:or|gold)
argent = cote argent
bronze = cote bronze
# English prose: "was awarded gold", "won silver in the … category".
or = (?:awarded|won|wins|received|receives|took|takes) (?:the )?gold
argent = (?:awarded|won|wins|received|receives|took|takes) (?:the )?silver
bronze = (?:awarded|won|wins|received|receives|took|takes) (?:the )?bronze
# "L'or pour X", "🥇 L'argent pour Y": a medal given at the head of a sentence with no verb.
or = ^\W*l$APOS(?:or) pour
argent = ^\W*l$APOS(?:argent) pour
bronze = ^\W*le bronze pour
