"""Holidays and named days are no person, body or place (issue 16).

"New Year's Day", "Mother's Day", "St Patrick's Day", "Remembrance Day", "Good Friday",
"Grundlovsdag", "Store Bededag", "Sankt Hans aften" name a day: GUM marks them as times or events and
DDT marks none of them, so UNER counts none as PER/ORG/LOC. The tagger cut them at the owner's "'s"
and typed the pieces ("Day" and "Father" people, "Grundlovsdag" a place: stop 43). A found name that
lies inside such a day's name is dropped; a day's name that goes on with a capitalised word ("Sankt
Hans Torv", "the Boxing Day Test") is left alone, being part of a longer name. A weekday after a party, a town or an event is no holiday ("Labour
Monday promised", "police in Columbus Monday said": wire style, attack31); only feasts take one.
"""

from __future__ import annotations

import re

Span = tuple[int, int, str]

ON = True
_OWN = r"(?:'s|’s|s'|s’|s)?"
_EN = re.compile(
    r"\b(?:(?:International )?(?:New Year|Mother|Father|Valentine|Saint (?:Patrick|Andrew|David|George|Stephen)"
    r"|St\.? (?:Patrick|Andrew|David|George|Stephen)|April Fool|All Saint|All Soul|Grandparent|Veteran"
    r"|President|Mothering|Women|Children|Worker)" + _OWN + r" (?:Day|Eve|Sunday)"
    r"|(?:Christmas|Easter|Thanksgiving|Halloween|Hallowe'en|Remembrance|Independence|Labou?r|Memorial|Armistice"
    r"|Boxing|Anzac|Columbus|Election|Polling|Inauguration|Victory|Earth|Pancake|Juneteenth|Groundhog"
    r"|Emancipation|Reformation|Pentecost|Whit|Trinity|Ascension|Martin Luther King(?: Jr\.?)?) (?:Day|Eve)"
    r"|(?:Easter|Whit|Pentecost|Thanksgiving) (?:Sunday|Monday|Weekend)|(?:Trinity|Reformation|Remembrance) Sunday"
    r"|(?:Good|Black|Holy) Friday|(?:Ash|Spy) Wednesday|(?:Palm|Advent) Sunday|(?:Cyber|Blue) Monday"
    r"|(?:Shrove|Super|Giving) Tuesday|Maundy Thursday|(?:Chinese |Lunar )?New Year)\b"
)
_DA = re.compile(
    r"\b(?:Grundlovsdag(?:en)?|Store Bededag(?:en)?|Kristi Himmelfartsdag(?:en)?|Kristi Himmelfart|Skærtorsdag"
    r"|Langfredag|(?:(?:2\.|Anden) )?(?:Påske|Pinse|Jule?|Nytårs)dag(?:en)?|Juleaften(?:sdag)?|Nytårsaften"
    r"|Mortensaften|Fastelavn(?:ssøndag)?|Sankt Hans(?: ?aften| dag)?|Sankthansaften|Valdemarsdag(?:en)?"
    r"|Befrielsesdagen|Mors dag|Fars dag|Valentinsdag(?:en)?|Halloween|Påske|Pinse)\b"
)
_GOES_ON = re.compile(r"\s+[A-ZÆØÅ]")
_CUES = {"en": ("Day", "Eve", "day", "New Year", "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday"),
         "da": ("dag", "aften", "Sankt Hans", "Fastelavn", "Halloween", "Påske", "Pinse", "Himmelfart")}


def without_days(text: str, spans: list[Span], language: str) -> list[Span]:
    """``spans`` without the names that lie inside a holiday's or named day's name (see above)."""
    if not ON or not spans or not any(cue in text for cue in _CUES[language]):
        return spans
    days = [(m.start(), m.end()) for m in (_DA if language == "da" else _EN).finditer(text)
            if not _GOES_ON.match(text, m.end())]
    if not days:
        return spans
    return [x for x in spans if not any(s <= x[0] and x[1] <= e for s, e in days)]
