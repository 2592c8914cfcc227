"""Turns in an English exchange of dialogue: a quotation paragraph with no attribution of its own
between the attributed turns of two people is one of theirs.

Fiction and scene-setting features start a new paragraph for each turn; news runs one speaker's
quotation over several paragraphs. So a turn is given away only inside a run of quotation
paragraphs (no narrative paragraph between) whose attributed turns come from exactly two people,
counting the narrator ("I said") as one of them; with three voices nobody is guessed, and with one
only the one other voice of the quotes just before the run (the scene's partner)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from reader.analysis.attribution import Found
from reader.analysis.people import People
from reader.analysis.sentences import end_before
from reader.analysis.quote_pronoun_turns import addressed, ends_turn as _ends_turn, pronoun_turns
from reader.analysis.quote_partner import scene_partners
from reader.analysis.quote_called_kin import called_kin
from reader.analysis.quote_described_turns import described_turns, sexed_voices
from reader.analysis.quote_scene import after_narrator, untagged_runs
from reader.analysis.quote_short_answer import short_answers
from reader.analysis.quote_vocative import addressed_turns
from reader.analysis.quote_role_turn import role_turns
from reader.model import Quote

_NARRATOR = "\x00I"  # the writer as a participant: "I said" (never a speaker of its own)


@dataclass
class _Turn:
    """One paragraph of a run: the quotes in it (indexes) and who speaks, when it says so."""

    quotes: list[int]
    who: str | None = None  # a speaker name, _NARRATOR, or None (no attribution of its own)
    bare: bool = False  # the paragraph is one quotation and nothing else


def alternate(text: str, raw: list[tuple[Found, bool]], quotes: list[Quote], people: People | None = None) -> None:
    """Give turns in two-person exchanges (``quotes``, resolved in the order of ``raw``, are
    changed in place).

    Forward: a bare quotation paragraph right after turns of two different speakers, that asks a
    question or answers one, is the turn of the one who spoke before the last ('"Where were you?"
    Ruiz asked. / "At home," Dunn said. / "Alone?" / "Yes."': Ruiz, then Dunn). Backward: a bare
    quotation paragraph right before an attributed turn is the other person's ('"...," she said. /
    "...," I said. / "Robert, ..." / "No," I said.': she)."""
    if people is not None:
        pronoun_turns(text, raw, quotes, people)
    runs = _runs(text, raw, quotes)
    dialogue = _dialogue(quotes, runs)
    narrated = _first_person(text, quotes)  # a narrator who speaks unannounced is a third voice
    told = dialogue and not narrated
    if dialogue:  # written as dialogue: 'Nadia laughed. "..."' is a turn too
        runs = _runs(text, raw, quotes, beats=True)
    cast = people
    if dialogue and cast is not None:
        _handed_over(quotes, runs, cast)
    for run in runs:
        voices = [t.who or quotes[t.quotes[0]].speaker for t in run]
        people = {v for v in voices if v is not None}
        settled = _anchored(quotes, run, voices, people) if told and len(people) == 2 else set()
        for k, turn in enumerate(run):
            if not turn.bare or turn.who is not None or k in settled:
                continue
            nxt = run[k + 1] if k + 1 < len(run) else None
            if len(people) == 2 and nxt is not None and nxt.who is not None:
                (other,) = people - {nxt.who}
                _give(quotes, turn.quotes[0], other, run)
                continue
            if told and cast is not None and len(people) == 1 and k == 1 and run[0].who is not None and _asks(text, quotes[run[0].quotes[-1]].end):
                # '"Do you not want to know?" cried his wife.' / '"You want to tell me."': the answer
                # is the one the narrative paragraph before the exchange opened with ("Mr. Bennet made no answer.").
                mentioned = _opens_paragraph_before(text, quotes[run[0].quotes[0]].start, cast)
                if mentioned is not None and mentioned.canonical not in people:
                    quotes[turn.quotes[0]] = replace(quotes[turn.quotes[0]], speaker=mentioned.canonical, speaker_start=mentioned.start,
                                                     speaker_end=mentioned.end, role="", affiliation="")
                    continue
            partner = _partner(text, quotes, run, voices) if told and len(people) == 1 and k == 1 else None
            if partner is not None:  # '"What is work?" Tom said. / "Ain't that work?"': Ben, who spoke before
                quotes[turn.quotes[0]] = replace(quotes[turn.quotes[0]], speaker=partner, role="", affiliation="")
                voices[k] = partner
                continue
            last, before = (voices[k - 1], voices[k - 2]) if k >= 2 else (None, None)
            asks = _asks(text, quotes[turn.quotes[0]].end) or k >= 1 and _asks(text, quotes[run[k - 1].quotes[-1]].end)
            if last and before and last != before and _NARRATOR not in (last, before):
                if asks:
                    _give(quotes, turn.quotes[0], before, run)
                    voices[k] = before
            elif (told or dialogue and k >= 1 and run[k - 1].who == _NARRATOR) and len(people) == 2 and k >= 1 and (
                voices[k - 1] in people and _ends_turn(text, quotes[run[k - 1].quotes[-1]].end)
            ):  # (after the writer's own '"Seven!" I answered.' the one other voice, told in the first person too)
                # Written as dialogue, each paragraph a new turn: a bare one after A's turn is B's
                # ('"We are closed," Joe said. / "I only need a minute."': not Joe; but after
                # '"Robert," Mom says. She crouches down.' Mom goes on).
                (other,) = people - {voices[k - 1]}
                _give(quotes, turn.quotes[0], other, run)
                voices[k] = other
            q = turn.quotes[0]
            if voices[k] and voices[k] != _NARRATOR and quotes[q].speaker and addressed(quotes[q].text, quotes[q].speaker):
                # '"Omar, it is two in the morning."': the one addressed listens; in an exchange
                # of two the other one speaks, else the scene's one other voice, else nobody.
                other = people - {voices[k]} if len(people) == 2 else set()
                scene = None if other or not dialogue else _scene_voice(text, quotes, q, voices[k])
                voices[k] = other.pop() if other else None
                _give(quotes, q, voices[k] or _NARRATOR, run)
                if scene is not None:  # '"Say, Tom, let me try."' after Ben and Tom talked
                    quotes[q] = replace(quotes[q], speaker=scene, role="", affiliation="")
    if told and cast is not None:
        scene_partners(text, quotes, runs, cast)  # 'Marta found Jonas.' / '"...," she said.' / '"..."': Jonas
        described_turns(text, raw, quotes, runs, cast)  # 'Ann was digging when a man came by.' / '"..."': the man
        called_kin(text, quotes, runs, cast)  # '"Hello, Mum."' / '"You sound tired."': Mum
        sexed_voices(text, raw, quotes, runs, cast)  # 'The mechanic wiped his hands.' ... 'He stopped. "Yes."'
        role_turns(text, raw, quotes, cast)  # 'Kofi asked.' / '"Three years," said the clockmaker.': not Kofi
    if told:
        untagged_runs(quotes, runs, lambda first, speaker: _scene_voice(text, quotes, first, speaker))
    if narrated:
        bare = {k for k, (found, _) in enumerate(raw) if found.inherit}
        after_narrator(text, quotes, bare, lambda first, speaker: _scene_voice(text, quotes, first, speaker))
    short_answers(text, raw, quotes)  # '"Was he a footballer?" Victor asks.' / '"Postman."': not Victor
    addressed_turns(text, raw, quotes, cast)  # '"They were trumps last hand."' / '"Keep up, Len."': Len


def _handed_over(quotes: list[Quote], runs: list[list[_Turn]], cast: People) -> None:
    """'"How did you know, Mr. Holmes?" he asked. / "Your hands." / "And the snuff?"': a tagged
    turn that calls by name someone who has spoken before hands the next bare turn to them, and a
    chain of bare turns after it goes back and forth between the two (until a turn calls its own
    speaker by name)."""
    voices = {q.speaker for q in quotes if q.speaker}
    for run in runs:
        for k, turn in enumerate(run[:-1]):
            speaker = turn.who
            if speaker is None or speaker == _NARRATOR or not run[k + 1].bare or run[k + 1].who is not None:
                continue
            first = quotes[turn.quotes[0]].start
            listener = next((v for v in voices if v != speaker and v.split()[-1] != speaker.split()[-1]
                             and any(addressed(quotes[q].text, v) for q in turn.quotes)
                             and any(p.canonical == v and p.start < first for p in cast.people)), None)
            if listener is None:
                continue
            pair = (listener, speaker)
            for m in range(k + 1, len(run)):
                if not run[m].bare or run[m].who is not None:
                    break
                who = pair[(m - k - 1) % 2]
                if addressed(quotes[run[m].quotes[0]].text, who):
                    break
                quotes[run[m].quotes[0]] = replace(quotes[run[m].quotes[0]], speaker=who, role="", affiliation="")


def _partner(text: str, quotes: list[Quote], run: list[_Turn], voices: list[str | None]) -> str | None:
    """The one other voice of the scene, for a bare turn right after the one tagged turn opening
    a run (see _scene_voice)."""
    if run[0].who in (None, _NARRATOR) or not _ends_turn(text, quotes[run[0].quotes[-1]].end):
        return None
    return _scene_voice(text, quotes, run[0].quotes[0], voices[0])


def _scene_voice(text: str, quotes: list[Quote], first: int, other_than: str) -> str | None:
    """The speakers of the six quotes before quote ``first`` (within four paragraphs) other than
    ``other_than``, when they are exactly one ("Scrooge's nephew" and "the nephew" are one)."""
    window = quotes[first].start
    for _ in range(4):
        window = text.rfind("\n\n", 0, max(0, window - 2))
    others = [q.speaker for q in quotes[max(0, first - 6):first]
              if q.speaker and q.speaker.split()[-1] != other_than.split()[-1] and q.start > window]
    return others[-1] if len({o.split()[-1] for o in others}) == 1 else None


def _opens_paragraph_before(text: str, start: int, cast: People):
    """The person whose name opens the narrative paragraph (no quotation marks) right before the
    paragraph at ``start``, if any."""
    line = text.rfind("\n", 0, start) + 1
    end = end_before(text, line)
    begin = text.rfind("\n", 0, end) + 1
    if end <= begin or re.search(r"[\"“”]", text[begin:end]):
        return None
    return next((p for p in cast.people if p.start == begin or begin < p.start and re.fullmatch(
        r"(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+", text[begin:p.start])), None)


def _anchored(quotes: list[Quote], run: list[_Turn], voices: list[str | None], people: set[str]) -> set[int]:
    """Bare turns between two attributed turns of a two-person exchange take turns when the
    count fits both ends ('"...," said Ann. / "..." / "..." / "..." / "...," Ben said.': Ben,
    Ann, Ben); the indexes of the turns given. Where the count does not fit, somebody spoke
    twice running or a third voice came in, and nobody is guessed."""
    tagged = [k for k, t in enumerate(run) if t.who is not None]
    settled: set[int] = set()
    for i, j in zip(tagged, tagged[1:]):
        if j - i < 3 or _NARRATOR in (run[i].who, run[j].who) or not all(run[m].bare for m in range(i + 1, j)):
            continue
        (other,) = people - {run[i].who} if run[i].who in people else (None,)
        if other is None or run[j].who != (run[i].who if (j - i) % 2 == 0 else other):
            continue
        for m in range(i + 1, j):
            who = other if (m - i) % 2 else run[i].who
            _give(quotes, run[m].quotes[0], who, run)
            voices[m] = who
            settled.add(m)
    return settled


def _give(quotes: list[Quote], index: int, who: str, run: list[_Turn]) -> None:
    """Set quote ``index`` to the speaker ``who`` as an earlier turn of the run gave it."""
    if who == _NARRATOR:
        quotes[index] = replace(quotes[index], speaker=None, speaker_start=None, speaker_end=None, role="", affiliation="")
        return
    source = next((quotes[t.quotes[0]] for t in run if (t.who or quotes[t.quotes[0]].speaker) == who), None)
    if source is None:  # the one turn that gave ``who`` was itself given to the other voice since
        quotes[index] = replace(quotes[index], speaker=who, speaker_start=None, speaker_end=None, role="", affiliation="")
        return
    quotes[index] = replace(quotes[index], speaker=source.speaker, speaker_start=source.speaker_start,
                            speaker_end=source.speaker_end, role=source.role, affiliation=source.affiliation)


def _dialogue(quotes: list[Quote], runs: list[list[_Turn]]) -> bool:
    """Whether the text is written as dialogue: at least two bare quotation paragraphs of under
    60 characters ("Third what?", "Lucky you."), which news, whose quotation paragraphs run on, has not."""
    short = sum(1 for run in runs for t in run if t.bare and len(quotes[t.quotes[0]].text) < 60)
    return short >= 2


def _runs(text: str, raw: list[tuple[Found, bool]], quotes: list[Quote], beats: bool = False) -> list[list[_Turn]]:
    """Runs of quotation paragraphs: paragraphs that open with a quotation, one after the other
    (``beats``: or with one short sentence before it, 'Nadia laughed. "..."')."""
    runs: list[list[_Turn]] = []
    run: list[_Turn] = []
    last_end = -1
    para_start = -1
    for k, quote in enumerate(quotes):
        start = text.rfind("\n", 0, quote.start) + 1
        if start == para_start and run:
            run[-1].quotes.append(k)
            run[-1].bare = False
            if run[-1].who is None:
                run[-1].who = _who(text, raw[k][0], quote)
            continue
        para_start = start
        lead = text[start:quote.start].strip(" \t\"“‘'")
        opens = not lead or beats and len(lead) < 80 and lead[-1:] in ".!?" and not re.search(r"[.!?]\s", lead[:-1])
        line_end = text.find("\n", quote.end)
        line_end = len(text) if line_end < 0 else line_end
        joined = opens and last_end >= 0 and not text[last_end:start].strip()
        if joined and run and k > 0 and raw[k - 1][1] and _left_open(text, quotes[k - 1].end):
            run[-1].quotes.append(k)  # the next paragraph of a quotation left open: the same turn (quotes33)
            last_end = line_end
            continue
        if run and not joined:
            runs.append(run)
            run = []
        if opens:
            rest = text[quote.end:line_end].strip(" \t\"”’'.,!?…")
            run.append(_Turn([k], _who(text, raw[k][0], quote), bare=not rest and raw[k][0].inherit))
            last_end = line_end
        else:
            last_end = -1
    if run:
        runs.append(run)
    return runs


def _left_open(text: str, end: int) -> bool:
    """Whether the quotation ending at ``end`` is left open at its paragraph's end (no closing mark
    after it on its line): a quotation over several paragraphs."""
    line_end = text.find("\n", end)
    rest = text[end:len(text) if line_end < 0 else line_end]
    return not any(mark in rest for mark in "\"”’'»«")


def _who(text: str, found: Found, quote: Quote) -> str | None:
    """Who a quotation's own attribution names: a speaker, the narrator, or None."""
    if found.inherit:
        line = text.rfind("\n", 0, quote.start)
        end = end_before(text, line) if line > 0 and not text[line + 1:quote.start].strip(" \t\"“‘'") else 0
        tagged = end > 0 and text[end - 1] == ":" and quote.speaker and not addressed(quote.text, quote.speaker)
        return quote.speaker if tagged else None  # "Tom wheeled round and said:", not "Say, Tom, ..."
    if quote.speaker:
        return quote.speaker
    if quote.speaker_start is not None and text[quote.speaker_start:quote.speaker_end] == "I":
        return _NARRATOR
    return None


def _first_person(text: str, quotes: list[Quote]) -> bool:
    """Whether the narrative outside the quotations says "I" (three times or more)."""
    count, last = 0, 0
    for quote in quotes:
        count += len(re.findall(r"\bI\b", text[last:quote.start]))
        last = max(last, quote.end)
    return count + len(re.findall(r"\bI\b", text[last:])) >= 3


def _asks(text: str, end: int) -> bool:
    return text[max(0, end - 2):end + 1].rstrip(" \"”’,").endswith("?")
