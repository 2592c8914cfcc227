"""English: a building named by capitalised words before its kind ("the Humber Tide Museum", "St
Aldhelm's Hospital", "Grange Road Stadium") is one name, also where the text writes the kind in
lower case elsewhere ("the museum's director"): a body (museums, galleries, hospitals), or a place
(stadiums, airports, cathedrals, abbeys).

The tagger reads how a document writes each word elsewhere (``en_doc``); a kind word such as
"museum", written in lower case for the rest of a story, made it pass over the building's name,
and no rule found it. UNER types buildings and sites as places (GUM's museums, hospitals and
galleries are places; our test articles mark museums, galleries and hospitals as bodies, and the
tagger typed them both ways); "... Library", "... College" are left to the tagger.
"""

from __future__ import annotations

import re

from reader.analysis.spans22 import free_or_inside, overlapping, put

Span = tuple[int, int, str]
ON = True
_KINDS = re.compile(r" (Museum|Gallery|Hospital|Infirmary|Hospice|Cathedral|Abbey|Aquarium|Stadium|Airport)\b")
# Sites are places; museums, galleries and hospitals are bodies, as our test articles mark them
# ("the Cumberland Infirmary", "the Harlowe Gallery"; GUM marks some of them places).
_SITES = frozenset(("Cathedral", "Abbey", "Stadium", "Airport"))
_GOES_ON = re.compile(r" (?:of |for |and )?[A-Z]")
_WORD = re.compile(r"[A-Z][a-z][\w'’-]*|St\.?")
# Words that open a sentence or stand before a name without being part of it.
_NOT_PART = frozenset(
    "the a an this that these those our their his her its my your at in on from to of and but or when "
    "while after before as for by with into inside outside near".split()
)
_MOST = 4  # capitalised words before the kind, at most


def facilities(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` (sorted, not overlapping) with each building name no span reaches out of, as one
    place (a name found inside it, "Humber" of "Humber Tide Museum", is taken in)."""
    if " " not in text:
        return spans
    for m in _KINDS.finditer(text):
        words: list[tuple[int, int]] = []
        at = m.start()
        while len(words) < _MOST:
            gap = text.rfind(" ", 0, at)
            word = text[gap + 1:at]
            if not _WORD.fullmatch(word) or "\n" in word:
                break
            if word.endswith(("'s", "’s")) and text[max(0, gap - 3):gap].rpartition(" ")[2] not in ("St", "St."):
                break  # an owner ("Lancaster's Harlowe Gallery"), not "St Mary's Hospital"
            words.append((gap + 1, at))
            at = gap
            if gap < 0 or text[gap - 1:gap] in ("", "\n", ".", ":", ";", ",", "—", "–", '"', "“", "(", "-"):
                break
        words.reverse()
        while words and text[words[0][0]:words[0][1]].lower() in _NOT_PART:
            words.pop(0)
        if not words:
            continue
        start, end = words[0][0], m.end()
        if _GOES_ON.match(text, end) or text[max(0, start - 3):start] in ("'s ", "’s "):
            continue  # "Metropolitan Museum of Art", "Cathedral Building"; after an owner's "'s", GUM
            # takes the owner in ("X University 's Broad Art Museum"), our articles leave it out: the tagger's
        if free_or_inside(spans, start, end) and not any(x[:2] == (start, end) for x in overlapping(spans, start, end)):
            spans = put(spans, (start, end, "LOC" if m.group(1) in _SITES else "ORG"))
    return spans
