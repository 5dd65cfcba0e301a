# People's roles and offices: the mark of jury lists, quotations and contacts, whose names are not
# laureates.

[PERSON_ROLE]
role = (?:vice-)?presidente?(?: du jury| delegue(?:e)?| directeur| directrice)?|presidente?-directeur|directeur|directrice|directeurs|directrices|dg|dgs|dga|dgas|dgst|dsi|dsin|dpo|rssi|cio|cto|ceo|delegue(?:e)?s?(?: general(?:e)?| regional(?:e)?| au numerique)?|charge(?:e)?s? (?:de mission|du numerique|de projets?|d'etudes)|chef(?:fe)?s? de (?:projet|service|mission)|responsables?|maire(?: adjoint(?:e)?)?|adjoint(?:e)?s?(?: au maire| a la maire| au numerique)?|conseill(?:er|ere)s?(?: municipale?| communautaire| departementale?| regionale?| delegue(?:e)?)?|elue?s?|chercheu(?:r|se)s?|secretaire(?: general(?:e)?| d'etat)?|ministre|deputee?|senat(?:eur|rice)|representante?s?|membres?|experte?s?|fondat(?:eur|rice)|co-fondat(?:eur|rice)|consultante?|animat(?:eur|rice)|coordinat(?:eur|rice)|administrat(?:eur|rice)|ingenieure?|manager|head of|mayor|deputy mayor
