"""Span finding in Danish dash paragraphs and answer labels (quotesf22, issue 15).

- A dash quote resumed after its attribution with a new dash after the full stop: "- Først del,
  siger X. - Anden del." is two quotes of X (the second ran into the first before, attribution and
  all, or was lost).
- An attribution after a stray full stop: "- Vi er overvældede. Sagde X til radioen." and
  "- ... dem. siger X." end the quote at the stop; "- Jamen, Lise, udbrød. Annette." is Annette's.
- An attribution with an infinitive: "- Det er mig, skyndte Orla sig at sige." / "..., nåede hun at
  sige, før ..." ends the quote before it and names the speaker.
- A dash line that is only a name ("- Valter Johnsen.") is a signature, no quotation.
- An answer label ("Svar:", "A:") is an interview answer only right after a question; a lone
  advice-column answer is no quotation.
"""

from __future__ import annotations

import re
from itertools import islice

from reader.analysis.people import Speaker

# A sentence end, then a dash opening more quotation: "... siger X. - Anden del."
# (The stop is matched, not looked behind at, so the engine skips to the stops; searched from the
# character before ``start``, a match begins one character before the look-behind's did: speed23.)
_RESUME = re.compile(r"[.!?][ \t]+([-–—])[ \t]+(?=\S)")
_STOP = re.compile(r"\.[ \t]+(?=\w)")
# The rest of a paragraph after a speaker: nothing but a short tail ("til radioen", "og smiler").
_TAIL = re.compile(r"[^.!?\n]{0,60}\.?[ \t]*$")
# ", udbrød. Annette.": the verb, a stray stop, a capitalised name closing the paragraph.
_STOP_NAME = re.compile(r"\.[ \t]+(?=[A-ZÆØÅ])([^\W\d_][\w'’-]*(?:[ \t]+[A-ZÆØÅ][\w'’-]*){0,2})[ \t]*\.?[ \t]*$")


def resume_points(text: str, start: int, end: int, most: int) -> list[tuple[int, int]]:
    """Where a dash after a sentence end opens more quotation inside ``[start, end)``, the first
    ``most`` of them: (the end of the sentence before it, the dash)."""
    return [(m.start() + 1, m.start(1)) for m in islice(_RESUME.finditer(text, max(0, start - 1), end), most)]


def dash_before(text: str, start: int, pos: int) -> int | None:
    """The dash that opens the quotation at ``pos`` (after a colon: "Gunnar rystede på hovedet: - Nej,
    sagde han, - ..."), searched back to ``start``."""
    at = max(text.rfind(d, start, pos) for d in "-–—")
    return at if at >= 0 and not text[at + 1:pos].strip() else None


def stray_stop(text: str, start: int, end: int, verb: re.Pattern, speaker_at) -> tuple[int, Speaker] | None:
    """An attribution after a stray full stop in the last sentence of the dash quote ``[start, end)``:
    where the quote ends and its speaker. ``verb`` matches a reporting verb where it starts (the
    language's compiled pattern, so nothing new is compiled), ``speaker_at(pos, limit)`` parses the
    speaker after a verb ending at ``pos``."""
    for stop in _STOP.finditer(text, start, end):
        said = verb.match(text, stop.end(), end)
        if said is None:
            continue
        speaker = speaker_at(said.end(), end)
        lower = text[stop.end()].islower()  # ". siger han." is a stray stop; ". Mener han det" may be a question
        if speaker is not None and (lower or speaker.kind != "pronoun") and _TAIL.fullmatch(text, speaker.end, end):
            return stop.start() + 1, speaker
    return None


def stop_name(text: str, verb_end: int, end: int, person_in) -> Speaker | None:
    """The name after a verb and a stray stop closing the paragraph (", udbrød. Annette.")."""
    found = _STOP_NAME.match(text, verb_end, end)
    if found is None:
        return None
    person = person_in(found.start(1), found.end(1))
    if person is None:
        return None
    return Speaker(person.start, person.end, "name", person.canonical)


# ", skyndte Orla sig at sige", ", nåede hun at svare": a verb, the speaker, (sig) at + a verb of saying.
_INFINITIVE = re.compile(
    r",[ \t]+[a-zæøå]+[ \t]+([^\W\d_][\w'’-]*(?:[ \t]+[A-ZÆØÅ][\w'’-]*){0,2})[ \t]+(?:sig[ \t]+)?at[ \t]+"
    r"(?:sige|svare|tilføje|råbe|spørge|hviske|fortælle|udbryde|indvende|bemærke)\b"
)
_NAME_LINE = re.compile(r"[A-ZÆØÅ][\w'’-]*(?:[ \t]+(?:[A-ZÆØÅ][\w'’-]*|von|van|de|af)){1,3}[ \t]*\.?")


def infinitive_attribution(text: str, start: int, end: int, speaker_in) -> tuple[int, Speaker] | None:
    """An attribution "skyndte Orla sig at sige" in the dash quote ``[start, end)``: where the quote
    ends and who speaks (``speaker_in(start, end)`` parses the words between verb and "at")."""
    found = _INFINITIVE.search(text, start, end)
    if found is None:
        return None
    speaker = speaker_in(found.start(1), found.end(1))
    return (found.start(), speaker) if speaker is not None else None


def name_line(text: str, start: int, end: int, person_in) -> bool:
    """Whether the dash line's words ``[start, end)`` are only a person's name ("Valter Johnsen."): a
    signature."""
    found = _NAME_LINE.fullmatch(text, start, end)
    person = person_in(start, end) if found is not None else None
    return person is not None and person.start == start and not text[person.end:end].strip(" \t.")


def after_question(text: str, start: int) -> bool:
    """Whether the last non-blank line before ``start`` asks a question (ends with "?" or opens with
    a question label): what makes "Svar: ..." an interview answer rather than advice."""
    end = start
    while end > 0 and text[end - 1].isspace():
        end -= 1
    if end == 0:
        return False
    line = text[text.rfind("\n", 0, end) + 1:end].strip()
    return line.endswith("?") or re.match(r"(?:Q|Spørgsmål|Question|Interviewer|Journalist)[.:]\s", line) is not None
