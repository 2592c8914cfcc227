"""Two-person scenes of English dialogue where only one voice is ever tagged: the bare turns of a
run go back and forth between that voice and the one other person the narrative before the run
names ('Marta found Jonas on the gallery.' / '"You're up early," she said.' / '"Couldn't
sleep."' / '"The wind?"': Jonas, then Marta)."""

from __future__ import annotations

from dataclasses import replace
from typing import Protocol

from reader.analysis.people import People
from reader.analysis.quote_pronoun_turns import addressed
from reader.model import Quote

_PARAGRAPHS_BACK = 6  # how far back the scene's narrative is searched for its people


class _Run(Protocol):
    quotes: list[int]
    who: str | None
    bare: bool


def _surname(name: str) -> str:
    return name.split()[-1].lower() if name.split() else ""


def scene_partners(text: str, quotes: list[Quote], runs: list[list[_Run]], cast: People) -> None:
    """In a run whose turns with an attribution of their own (or a beat) all have one speaker A,
    and which holds bare turns all still given to A, the bare turns at the other parity from A's
    turns are the scene's other person B: the one person other than A named outside quotations
    in the six paragraphs before the run (or a speaker there). Nobody is guessed when A's own
    turns do not all fall one turn apart by two, or a turn calls its would-be speaker by name; a
    lone bare turn after the last of several tagged ones may go on with it, and stays as it is
    (``quotes`` changed in place)."""
    for run in runs:
        fixed = [(m, quotes[t.quotes[0]].speaker) for m, t in enumerate(run) if not t.bare or t.who is not None]
        free = [m for m, t in enumerate(run) if t.bare and t.who is None]
        if not fixed or not free or len(run) < 2:
            continue
        voices = {who for _, who in fixed}
        if len(voices) != 1 or None in voices:
            continue
        (speaker,) = voices
        if any(quotes[run[m].quotes[0]].speaker not in (None, speaker) for m in free):
            continue
        parity = {m % 2 for m, _ in fixed}
        if len(parity) != 1:
            continue
        first = quotes[run[0].quotes[0]]
        other = _other_person(text, quotes, first.start, speaker, cast)
        if other is None:
            continue
        source = quotes[run[fixed[0][0]].quotes[0]]
        (own,) = parity
        last = fixed[-1][0]
        trailing = [m for m in free if m > last]
        if len(trailing) == 1 and len(fixed) > 1:  # '"My father will like you," she said.' / '"But he likes everyone."'
            free.remove(trailing[0])
        turns = {m: (other if m % 2 != own else None) for m in free}
        if any(addressed(quotes[run[m].quotes[0]].text, other[0] if who else speaker) for m, who in turns.items()):
            continue
        for m, who in turns.items():
            k = run[m].quotes[0]
            if who is None:
                quotes[k] = replace(quotes[k], speaker=source.speaker, speaker_start=source.speaker_start,
                                    speaker_end=source.speaker_end, role=source.role, affiliation=source.affiliation)
            else:
                quotes[k] = replace(quotes[k], speaker=who[0], speaker_start=who[1], speaker_end=who[2],
                                    role="", affiliation="")


def _other_person(text: str, quotes: list[Quote], start: int, speaker: str, cast: People) -> tuple[str, int | None, int | None] | None:
    """The one person other than ``speaker`` named outside quotations, or speaking, in the
    paragraphs before ``start`` (name, start, end); None when there are none or several."""
    window = start
    for _ in range(_PARAGRAPHS_BACK):
        window = text.rfind("\n\n", 0, max(0, window - 1))
        if window < 0:
            window = 0
            break
    before = [q for q in quotes if window <= q.start < start]
    others: dict[str, tuple[str, int | None, int | None]] = {}
    mine, given = _surname(speaker), speaker.split()[0].lower()
    for person in cast.last_people(window, start):
        if not any(q.start <= person.start < q.end for q in before):
            others.setdefault(_surname(person.canonical), (person.canonical, person.start, person.end))
    for quote in before:
        if quote.speaker:
            others.setdefault(_surname(quote.speaker), (quote.speaker, quote.speaker_start, quote.speaker_end))
    found = [who for key, who in others.items() if key != mine and who[0].split()[0].lower() != given]
    return found[0] if len(found) == 1 else None
