"""English: a name set off by commas right after a thing's noun ("The tool, Lumberline, formats log
lines", "the ferry, Northern Light, sailed") is the thing's name: another name, not a person.

The tagger typed such an appositive as a person (sample en-04): a lone unknown capitalised word
between commas reads like one. Only the nouns of made things count here; a body ("the charity,
Shelter,") is ``en_kinds``'s, a person's role ("the driver, Ann Lee,") stays a person's.
"""

from __future__ import annotations

import re

Span = tuple[int, int, str]
ON = True
_THINGS = (
    "tool|app|application|program|programme|software|library|package|platform|website|browser|game|device|"
    "gadget|product|chatbot|robot|drug|vaccine|medicine|ship|vessel|boat|ferry|yacht|aircraft|plane|car|"
    "satellite|rocket|malware|ransomware|virus"
)
_BEFORE = re.compile(rf"(?:^|[\s(])(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Oo]ur|[Hh]is|[Hh]er|[Mm]y|[Yy]our|[Nn]ew) (?:new )?(?:{_THINGS}), $")


def products(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` with a person named as a thing's appositive typed as another name."""
    if ", " not in text:
        return spans
    out = spans
    for k, (s, e, label) in enumerate(spans):
        if label != "PER" or text[e:e + 1] != "," or text[s - 2:s] != ", ":
            continue
        if _BEFORE.search(text, max(0, s - 40), s):
            if out is spans:
                out = list(spans)
            out[k] = (s, e, "MISC")
    return out
