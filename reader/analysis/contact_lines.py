"""The person a press release's contact line names is a person (issue 16, stop 43).

"Media contact: Carys Welland, 07700 900123", "Contact: Carys Welland (press officer)",
"Pressekontakt: Lene Bisgaard, tlf. ...": the tagger left an unknown given name out when a number or
a bracket followed (probe29 saw it; the same name was found without them). A line that opens with
a contact label, then at most two lower-case words (a role: "direktør", "press officer"), then two
or three capitalised words that end the line or stand before a comma, a bracket, a dash, "on"/"at"
or "tlf." is a person there, where no name was found on those words and none of them is a word
training writes in lower case ("Hallam Mutual" is no person: "mutual").
"""

from __future__ import annotations

import re

Span = tuple[int, int, str]

ON = True
_CUES = ("ontact", "ONTACT", "ontakt", "KONTAKT", "nquiries", "nformation", "plysninger", "alsperson",
         "pokesperson")
_UPPER = "A-ZÆØÅ"
_LOWER = "a-zæøåéü"
_NAME = rf"[{_UPPER}][{_LOWER}'’-]+"
_LINE = re.compile(
    r"(?m)^[ \t]*(?:(?:Media|Press|Press office|News desk|Further|For further|Editor's)[ \t]+)?"
    r"(?:[Cc]ontacts?|CONTACTS?|[Ee]nquiries|[Ii]nquiries|[Ii]nformation|[Ss]pokesperson|"
    r"(?:Presse)?[Kk]ontakt(?:person)?|PRESSEKONTAKT|KONTAKT|Yderligere oplysninger|Talsperson)[ \t]*:[ \t]*"
    rf"(?:[{_LOWER}]+[ \t]+){{0,2}}({_NAME}(?:[ \t]+{_NAME}){{1,2}})(?=[ \t]*(?:$|[,(–—-]|on |at |tlf|tel|på ))"
)


def contact_people(text: str, spans: list[Span], vocab: dict) -> list[Span]:
    """``spans`` with the people of contact lines added (see above)."""
    if not ON or ":" not in text or not any(cue in text for cue in _CUES):
        return spans
    added: list[Span] = []
    for m in _LINE.finditer(text):
        s, e = m.span(1)
        if any(x[0] < e and s < x[1] for x in spans):
            continue
        if any(vocab.get(word.lower()) in ("L", "B") for word in m.group(1).split()):
            continue
        added.append((s, e, "PER"))
    return sorted(spans + added) if added else spans
