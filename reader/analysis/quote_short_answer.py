"""English: a short bare answer to a tagged question is the other voice's (quotesen19):
'"Was he a footballer?" Victor asks eventually.' / '"Postman."' is not Victor's but the one other
person who spoke in the paragraphs before ('"My brother was buried in shorts," he says.')."""

from __future__ import annotations

from dataclasses import replace

from reader.analysis.attribution import Found
from reader.model import Quote

_MAX_WORDS = 6  # "Postman.", "Not since Tuesday."
_BACK = 6  # quotes looked back for the other voice
_PARAGRAPHS = 4  # within this many paragraphs


def short_answers(text: str, raw: list[tuple[Found, bool]], quotes: list[Quote]) -> None:
    """Give a bare quotation paragraph of a few words, right after a paragraph whose quotation
    asks a question under its own tag, to the one other speaker of the quotes before (changed in place)."""
    for k in range(1, len(quotes)):
        quote, question = quotes[k], quotes[k - 1]
        if not raw[k][0].inherit or raw[k - 1][0].inherit or not question.speaker or not alone(text, quote):
            continue
        if len(quote.text.split()) > _MAX_WORDS or quote.text.rstrip().endswith("?"):
            continue
        if not question.text.rstrip(" \"”’'").endswith("?") or text.count("\n\n", question.end, quote.start) != 1:
            continue
        other = _other_voice(text, quotes, k - 1, question.speaker)
        if other is not None and other.speaker != quote.speaker:
            quotes[k] = replace(quote, speaker=other.speaker, speaker_start=other.speaker_start,
                                speaker_end=other.speaker_end, role=other.role, affiliation=other.affiliation)


def alone(text: str, quote: Quote) -> bool:
    """Whether the quotation is its paragraph's only text."""
    start = text.rfind("\n", 0, quote.start) + 1
    end = text.find("\n", quote.end)
    end = len(text) if end < 0 else end
    return not text[start:quote.start].strip(" \t\"“‘'") and not text[quote.end:end].strip(" \t\"”’'.,!?…")


def _other_voice(text: str, quotes: list[Quote], at: int, asker: str) -> Quote | None:
    """The last quote before ``at`` (six at most, within four paragraphs) by someone other than
    ``asker``, when all of them are one person (by surname)."""
    window = quotes[at].start
    for _ in range(_PARAGRAPHS):
        window = text.rfind("\n\n", 0, max(0, window - 2))
    others = [q for q in quotes[max(0, at - _BACK):at] if q.speaker and not same_person(q.speaker, asker) and q.start > window]
    return others[-1] if others and all(same_person(q.speaker, others[-1].speaker) for q in others) else None


def same_person(one: str, other: str) -> bool:
    """Whether two speaker names are one person: the same surname, or one name inside the other
    ("Winston" and "Winston Hall")."""
    a, b = one.split(), other.split()
    return a[-1] == b[-1] or set(a) <= set(b) or set(b) <= set(a)
