"""A short stretch of a long text read as if it were the whole text (speed25).

A test that reads the text only near a name, with one letter lower-cased ("Pressechef hos Vestkraft
Maja Rindom": the sentence's capital read as the attribution would read it after "siger"), used to
copy the whole text for every mention it tried: quadratic in a long text. ``lowered_window`` copies
only the stretch around it, and ``ShiftedPeople`` answers the people's questions in the stretch's own
positions (``pos - offset``), so the test's answers are the same as over the whole copy as long as
it reads no further back than ``BACK`` characters before ``end`` and nothing after ``end + AHEAD``.
"""

from __future__ import annotations

from dataclasses import replace

from reader.analysis.people import People
from reader.model import Entity

BACK = 1000  # the role tests read at most ~400 characters before the name (``title_run_before``)
AHEAD = 200  # and nothing after it (every search there ends at the name)


def lowered_window(text: str, at: int, end: int) -> tuple[str, int]:
    """``text`` from ``BACK`` characters before ``end`` to ``AHEAD`` after it, its letter at ``at``
    lower-cased, and the offset of its first character in ``text``."""
    offset = max(0, end - BACK)
    return text[offset:at] + text[at:at + 1].lower() + text[at + 1:end + AHEAD], offset


class ShiftedPeople:
    """The people's look-ups the role tests make (``org_at``, ``org_in``, ``last_people``), in the
    positions of a window that starts at ``offset`` of the text. Any other attribute is missing on
    purpose: a test that needs more must say so here, not read the whole text's positions."""

    def __init__(self, people: People, offset: int) -> None:
        self.people = people
        self.offset = offset

    def _shift(self, ent: Entity | None) -> Entity | None:
        if ent is None or not self.offset:
            return ent
        return replace(ent, start=ent.start - self.offset, end=ent.end - self.offset)

    def org_at(self, pos: int) -> Entity | None:
        return self._shift(self.people.org_at(pos + self.offset))

    def org_in(self, start: int, end: int) -> Entity | None:
        return self._shift(self.people.org_in(start + self.offset, end + self.offset))

    def last_people(self, start: int, end: int) -> list[Entity]:
        return [self._shift(e) for e in self.people.last_people(start + self.offset, end + self.offset)]
