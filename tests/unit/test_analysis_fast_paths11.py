"""speed11's fast paths outside the news passes answer as the code they replaced."""

from __future__ import annotations

import random
import re
from bisect import bisect_left

from reader.analysis.attribution import Context
from reader.analysis.quote_role_opener import _introduced
from reader.model import Entity, EntityLabel


def test_role_opener_people_as_every_person_tried() -> None:
    """quote_role_opener._introduced (the stem found in the lowered text) against trying the role
    pattern before every person, as role_opener did for each paragraph."""
    rng = random.Random(4)
    roles = ["sognepræst", "Sognepræst", "SOGNEPRÆST", "hospitalsdirektør", "overlæge", "sognepræst,", "ovérlæge",
             "oversognepræst", "præst", "x", ""]
    odd = ["ſognepræſt", "sognepræstİ", "ı", "sognepræſt", "SOGNEPRÆſT", "overlæge İ"]  # (?i): s, i; lower(): not
    for case in range(600):
        text, entities = "", []
        for _ in range(rng.randint(0, 8)):
            text += rng.choice(roles + odd if case % 4 == 0 else roles)
            text += rng.choice(["", " ", "  ", "\n", ", ", " \t ", "    "])
            name = rng.choice(["Birthe Kallesøe", "Else Tolstrup", "Jens Holm"])
            entities.append(Entity(len(text), len(text) + len(name), name, EntityLabel.PER, name))
            text += name + rng.choice([". ", " og ", "\n\n"])
        ctx = Context(text, "da", entities)
        for stem in ("Sognepræst", "Hospitalsdirektør", "Overlæg", "Præst", "Ovérlæg", "St", "Sognepræſt", "ſognepræst",
                     "OVERLÆG", "stİ"):
            role = re.compile(r"(?i)" + re.escape(stem) + r",?\s+$")
            every = [p for p in ctx.people.people if role.search(text[max(0, p.start - len(stem) - 3):p.start])]
            assert _introduced(ctx, stem)[0] == every, (text, stem)
            for start in range(0, len(text) + 1, 7):  # role_opener's pick: the last one before start
                old = next((p for p in reversed(ctx.people.last_people(0, start)) if p in every), None)
                found, starts = _introduced(ctx, stem)
                k = bisect_left(starts, start)
                while k and found[k - 1].end > start:
                    k -= 1
                assert (found[k - 1] if k else None) == old, (text, stem, start)


def test_given_before_starts_as_finditer() -> None:
    """quote_surnames: the pattern tried only where the surname is written, as finditer up to ``until``."""
    from reader.analysis.news_scans import matches_at
    from reader.analysis.quote_surnames import _given_starts

    rng = random.Random(2)
    pieces = ["Priya", "Nair", "Priya Nair", "Analyst", "O'Neil", "Ærø", "é", "Dr", " ", "  ", "\n", ". ", "x", "_",
              "Nairs", "aNair", "PNair", "-"]
    for _ in range(4000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 14)))
        until = rng.randint(0, len(text))
        pattern = re.compile(r"\b([A-ZÆØÅ][a-zæøåé'’-]+)\s+Nair\b")
        old = [(m.span(), m.group(1)) for m in pattern.finditer(text, 0, until)]
        new = [(m.span(), m.group(1)) for m in matches_at(pattern, text, _given_starts(text, "Nair", until), until)]
        assert new == old, (text, until)
