# Macros shared by the rule files. Patterns are Java regular expressions over folded text (lower
# case, no accents, plain quotes, apostrophes and dashes); a space matches any run of white space.

# An apostrophe, and the optional space some documents leave after it.
$APOS = '\s*
# A year of the label's time (2009 to 2049).
$YEAR = 20[0-4]\d
# A digit group or a number word, for counts ("25 projets", "vingt-cinq territoires").
$NUMBER = \d{1,3}|(?:vingt|trente|quarante|cinquante|soixante)(?:-(?:et-)?(?:un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize))?|dix-(?:sept|huit|neuf)|un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize

# The label's own name, as documents print it after "label" ("label « Territoire Innovant » 2024").
$LABEL_NAME = (?:"\s*)?territoires? innovants?(?:\s*")?(?: $YEAR)?

# Medal words. The keys of every medal vocabulary are or, argent and bronze.
$OR = or|gold|dor|🥇
$ARGENT = argent|silver|🥈
$BRONZE = bronze|🥉
# What a medal word follows when it is named with its head noun.
$MEDAL_HEAD = labels?|medailles?|distinctions?|prix|trophees?|niveau|recompenses?|laureate?s?|labellisee?s?|mentions?
