"""Bare turns of an English scene that no turn of their own run attributes: they go back and forth
between the run's first speaker and the scene's one other voice."""

from __future__ import annotations

from dataclasses import replace
from typing import Callable, Protocol

from reader.analysis.quote_pronoun_turns import addressed
from reader.model import Quote


class _Run(Protocol):
    quotes: list[int]
    who: str | None
    bare: bool


def untagged_runs(quotes: list[Quote], runs: list[list[_Run]], scene_voice: Callable[[int, str], str | None]) -> None:
    """'Tom sat down beside her.' / '"So you waited all day."' / '"Yes."' / '"Without a word from
    her."' / '"None."': in a run of bare quotation paragraphs none of which says who speaks, whose first turn
    has a speaker (a beat before it) and whose scene has one other voice just before it
    (``scene_voice(first quote, speaker)``), the turns alternate between the two; a turn calling
    its would-be speaker by name ends the alternation (``quotes`` changed in place)."""
    for run in runs:
        if len(run) < 2 or any(t.who is not None or not t.bare for t in run):
            continue
        first = quotes[run[0].quotes[0]]
        other = scene_voice(run[0].quotes[0], first.speaker) if first.speaker else None
        source = next((q for q in reversed(quotes[:run[0].quotes[0]]) if q.speaker == other), None)
        if other is None or source is None:
            continue
        for m, turn in enumerate(run[1:], 1):
            who = source if m % 2 else first
            k = turn.quotes[0]
            if addressed(quotes[k].text, who.speaker or ""):
                break
            quotes[k] = replace(quotes[k], speaker=who.speaker, speaker_start=who.speaker_start,
                                speaker_end=who.speaker_end, role=who.role, affiliation=who.affiliation)


def after_narrator(text: str, quotes: list[Quote], bare: set[int], scene_voice: Callable[[int, str], str | None]) -> None:
    """'"No," I said.' / '"Then why are you here?"': a quotation opening a paragraph, with
    no speaker and no attribution of its own (``bare``: the indexes of such quotes), right after a
    paragraph whose last quotation is the writer's own turn, is the scene's one other voice
    (``scene_voice(index, "I")``)."""
    for k in sorted(bare):
        quote = quotes[k]
        line = text.rfind("\n", 0, quote.start) + 1
        if k == 0 or quote.speaker or text[line:quote.start].strip(" \t\"“‘'"):
            continue
        last = quotes[k - 1]
        gap = text[last.end:line]
        if last.speaker or last.speaker_start is None or text[last.speaker_start:last.speaker_end] != "I" or gap.count("\n\n") != 1:
            continue
        other = scene_voice(k, "I")
        source = next((q for q in reversed(quotes[:k]) if q.speaker == other), None) if other else None
        if source is not None and not addressed(quote.text, other):
            quotes[k] = replace(quote, speaker=source.speaker, speaker_start=source.speaker_start,
                                speaker_end=source.speaker_end, role=source.role, affiliation=source.affiliation)
