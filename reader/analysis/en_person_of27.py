"""English: a person "of" a body is two names, not one organisation: "haulage manager Ruth Bell of
Stonegate Logistics" was found as the body "Ruth Bell of Stonegate Logistics", and the quote after
it had no speaker.

An organisation whose words before "of" are two or three capitalised words opening with a known
given name, none of them a body's word ("Royal Bank of Scotland", "Mercy Hospital of X" stay), is
split into the person and the body.
"""

from __future__ import annotations

from reader.analysis.en_sets import FIRST_NAMES

Span = tuple[int, int, str]
ON = True
_BODY_WORDS = frozenset(
    "bank church hospital school university college society company council museum trust house hall institute "
    "academy association union club foundation fund group board court office department ministry order league "
    "federation guild party army navy force police service services centre center city county".split()
)


def person_of(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` with each such "Person of Body" organisation split in two."""
    if " of " not in text:
        return spans
    out: list[Span] = []
    for s, e, label in spans:
        at = text.find(" of ", s, e) if label == "ORG" else -1
        if at > s:
            head, tail = text[s:at].split(" "), text[at + 4:e].split(" ")
            if (2 <= len(head) <= 3 and head[0].lower() in FIRST_NAMES and tail[0][:1].isupper()
                    and all(w[:1].isupper() and w.lower() not in _BODY_WORDS for w in head)):
                out += [(s, at, "PER"), (at + 4, e, "ORG")]
                continue
        out.append((s, e, label))
    return out
