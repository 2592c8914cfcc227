"""English: a person "of" a body is two names, not one organisation: "haulage manager Ruth Bell of
Stonegate Logistics" was found as the body "Ruth Bell of Stonegate Logistics", and the quote after
it had no speaker.

An organisation whose words before "of" are two or three capitalised words opening with a known
given name, none of them a body's word ("Royal Bank of Scotland", "Mercy Hospital of X" stay), is
split into the person and the body. So is a person or an organisation that opens with a job
noun in capitals before the given name ("Organiser Jenny Hale of Kendal Business Improvement
District" at a sentence start, probe29): the job noun is left out of the person.
"""

from __future__ import annotations

from reader.analysis.en_sets import _ROLE_NOUNS, FIRST_NAMES

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
        at = text.find(" of ", s, e) if label in ("ORG", "PER") else -1
        if at > s:
            head, tail, p = text[s:at].split(" "), text[at + 4:e].split(" "), s
            if len(head) >= 3 and head[0].lower() in _ROLE_NOUNS and head[1].lower() in FIRST_NAMES:
                p, head = s + len(head[0]) + 1, head[1:]  # "Organiser Jenny Hale of X": the job noun left out
            elif label == "PER":
                head = []  # a person "of" something without a job noun before it stays as found
            if (2 <= len(head) <= 3 and head[0].lower() in FIRST_NAMES and tail[0][:1].isupper()
                    and all(w[:1].isupper() and w.lower() not in _BODY_WORDS for w in head)):
                out += [(p, at, "PER"), (at + 4, e, "ORG")]
                continue
        out.append((s, e, label))
    return out
