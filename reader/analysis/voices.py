"""Documents that say who speaks: an interview ("Wikinews interviews Ann Lee", "Interview with
founder Hugh Marsh", "Ann Lee interviewed by ...", "... spoke with Ann Lee") or a speech
("Speech by Ann Lee", "Remarks by ..."). There "I said" inside the answers or the speech is that
person; elsewhere "I" is the writer, who is never a speaker."""

from __future__ import annotations

import re

from reader.analysis.attribution import Context
from reader.analysis.en_words import EN_VOCABULARY

_HEADING = re.compile(
    r"\b(?:[Ii]nterview(?:s|ed)?|[Ss]peech|[Rr]emarks|[Aa]ddress|[Ll]ecture|[Tt]estimony|[Ii]n\s+(?:his|her|their)\s+own\s+words"
    r"|[Kk]eynote|[Ee]ulogy|[Ss]ermon|[Cc]ommencement)\b"
)
# "Speaker Ann Lee delivered remarks on the floor": who speaks, in the paragraphs under the heading.
_DELIVERED = re.compile(
    r"\b(?:delivered|delivers|gave|gives)\s+(?:the\s+following\s+|a\s+|an\s+|his\s+|her\s+|their\s+)?"
    r"(?:remarks|speech|address|statement|keynote|testimony|eulogy|lecture|sermon)\b"
)
_SPOKE_WITH = re.compile(r"\b(?:spoke|talked|talks|speaks)\s+(?:with|to)\s+|\binterview(?:ed|s)\s+")


def declared_speaker(ctx: Context) -> str | None:
    """The one person the document's first line names in an interview or speech heading, or the
    one its first paragraphs say the writer spoke with; else None."""
    if ctx.declared_known:
        return ctx.declared
    ctx.declared_known = True
    text = ctx.text
    first_end = text.find("\n")
    first_end = len(text) if first_end < 0 else first_end
    found: str | None = None
    heading = _HEADING.search(text, 0, first_end) if first_end < 300 else None
    if heading is not None:
        # "in Support of the Tom Reed Act": a name after "the" is part of a title, not the speaker.
        mentions = [p for p in ctx.people.last_people(0, first_end) if not _THE.search(text, max(0, p.start - 5), p.start)]
        names = {_without_heading(p.canonical) for p in mentions}
        # "Lee Floor Speech in Support of the Tom Reed Act", "Remarks by Ann Lee at the Tom Reed
        # Memorial": of two people, the one next to the heading word.
        next_to = [p for p in mentions if _next_to(text, p.start, p.end, heading.start(), heading.end())]
        found = names.pop() if len(names) == 1 else _without_heading(next_to[0].canonical) if len(next_to) == 1 else None
        if not mentions:
            found = _name_before(text, heading.start())  # "Lee Floor Speech": a surname the name finder missed
    if found is None:
        head = text.find("\n\n", first_end + 2)
        head = len(text) if head < 0 else head
        for match in _SPOKE_WITH.finditer(text, 0, min(head, 1200)):
            person = ctx.people.person_in(match.end(), match.end() + 80)
            if person is not None and not text[match.end():person.start].count(","):
                found = person.canonical
                break
    if found is None:
        head = text.find("\n\n", first_end + 2)
        delivered = _DELIVERED.search(text, 0, min(len(text) if head < 0 else head, 1200))
        if delivered is not None:
            line = text.rfind("\n", 0, delivered.start()) + 1
            mentions = ctx.people.last_people(line, delivered.start())
            found = mentions[-1].canonical if mentions else None
    ctx.declared = found
    return found


_THE = re.compile(r"\b[Tt]he\s+['‘\"“]?$")  # "the Tom Reed Act", "the 'Mets Poet'"


def _name_before(text: str, word_start: int) -> str | None:
    """A capitalised word opening the heading right before its heading word, past up to one
    common word ("Lee Floor Speech" -> "Lee"), that no dictionary knows as a word."""
    run = re.fullmatch(r"([A-Z][a-z][\w'’-]*)(?:\s+([A-Z][\w'’-]*))?\s+", text[:word_start])
    if run is None or run.group(1).lower() in EN_VOCABULARY or run.group(2) and run.group(2).lower() not in EN_VOCABULARY:
        return None
    return run.group(1)


def _without_heading(name: str) -> str:
    """A name the name finder ran into the heading word: "Lee Floor Speech" -> "Lee"."""
    return re.sub(r"(?:\s+[A-Z][\w'’-]*)?\s+(?:[Ii]nterview|[Ss]peech|[Rr]emarks|[Aa]ddress|[Ll]ecture|[Tt]estimony)\b.*$", "", name) or name


def _next_to(text: str, start: int, end: int, word_start: int, word_end: int) -> bool:
    """Whether the mention ``[start, end)`` owns the heading word ``[word_start, word_end)``: it
    runs into it, stands up to two capitalised words before it ("Lee Floor Speech"), or follows
    "by" right after it ("Remarks by Ann Lee")."""
    if start <= word_start < end:
        return True
    if end <= word_start:
        return re.fullmatch(r"(?:\s*[A-Z][\w'’-]*){0,2}\s*", text[end:word_start]) is not None
    if not text[word_start:word_end].lower().startswith("interview") and _GIVEN_BY.search(text, word_end, start):
        return True  # "Eulogy for Ann Lee, given by her nephew Tom Reed", "Best man's speech, by Tom Reed"
    return re.fullmatch(r"\s+by\s+", text[word_end:start]) is not None


# "by" and up to four lower-case words (a role) right before the name; a heading's interviewer is no speaker.
_GIVEN_BY = re.compile(r",?\s+(?:(?:given|delivered|spoken|read)\s+)?by\s+(?:[a-z][\w'’-]*\s+){0,4}$")


def headline_voice(ctx: Context, start: int, end: int) -> str | None:
    """English: a quotation opening the title line before a colon, in an interview or speech whose
    heading names its speaker there ('"I teach the children nobody wants": an interview with Ann
    Lee'), is that speaker's; else None."""
    text = ctx.text
    line_end = text.find("\n")
    line_end = len(text) if line_end < 0 else line_end
    if ctx.language != "en" or text[:start].strip() not in ("", "\"", "“", "‘", "'") or end >= line_end:
        return None
    if not re.match(r"[\"”’']?\s*:", text[end:line_end]):
        return None
    who = declared_speaker(ctx)
    people = ctx.people.last_people(end, line_end)
    named = [p.canonical for p in people]
    if who is not None and who in named:
        return who
    # "'I still get nervous': Judi Parkes on 50 years on stage": the name right after the colon
    # (quotesen22), not one further on ("'Devastated': a tribute to Ann Lee").
    colon = text.find(":", end, line_end)
    first = people[0] if people else None
    if first is not None and re.fullmatch(r"\s*", text[colon + 1:first.start]) and not _POSSESSED.match(text, first.end, line_end):
        return first.canonical
    return None


_POSSESSED = re.compile(r"['’]s?\s")  # "'Devastated': Ann Lee's family ..." is not Ann Lee's word
