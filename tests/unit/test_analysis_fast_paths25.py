"""speed25: passes that copied or scanned the whole text once per item. The role tests read in a
window around a name (its capital lower-cased there, the people shifted to its positions) answer
as over a lower-cased copy of the whole text; a stem written with nothing word-like before it is
found from its literal places as the look-behind search found it; a Danish modified role reads
each name's introductions once a text, not once a quote."""

from __future__ import annotations

import random
import re
from pathlib import Path

from reader.analysis import analyze, quote_da_modified
from reader.analysis.people import People
from reader.analysis.role_after import written_alone
from reader.analysis.speakers import only_roles, role_and_org
from reader.analysis.text_window import BACK, ShiftedPeople, lowered_window
from reader.model import Quote

ROOT = Path(__file__).resolve().parents[2]

# Written for this test: a long opening so that the names below sit far from the text's start.
_OPENING = ("Vejret var gråt over havnen hele formiddagen, og færgen sejlede en time forsinket. "
            "The ferry left an hour late, and the harbour stayed grey all morning. ") * 12


def _articles() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for folder in ("tests/quote_articles", "sample_articles")
             for p in sorted((ROOT / folder).glob("*")) if p.is_file() and p.name != "README.md"]
    assert len(texts) > 20
    return texts


def test_role_tests_in_a_window_answer_as_over_the_whole_lowered_text():
    compared = opened = 0
    for article in _articles()[:40]:
        text = _OPENING + article
        people = People(list(analyze(text, "auto").entities), text)
        for mention in people.people:
            for start in {m.end() for m in re.finditer(r"(?:^|[.!?]\s+|\n)", text[:mention.start])
                          if mention.start - m.end() <= 90}:
                if start >= mention.start or start >= len(text):
                    continue
                whole = text[:start] + text[start].lower() + text[start + 1:]
                window, offset = lowered_window(text, start, mention.start)
                shifted = ShiftedPeople(people, offset)
                assert offset == max(0, mention.start - BACK)
                assert window[start - offset:mention.start - offset] == whole[start:mention.start]
                expect = only_roles(whole, start, mention.start, people)
                assert only_roles(window, start - offset, mention.start - offset, shifted) == expect
                assert role_and_org(window, start - offset, mention.start - offset, shifted) == role_and_org(
                    whole, start, mention.start, people)
                compared += 1
                opened += expect and offset > 0
    assert compared > 200 and opened > 5


def test_shifted_people_give_the_same_mentions_in_window_positions():
    text = _OPENING + "Direktør i Vestkraft A/S Maja Rindom siger, at Lars Holm fra Dansk Vand er enig."
    people = People(list(analyze(text, "da").entities), text)
    assert people.orgs and people.people
    for offset in (0, 7, len(_OPENING) - 3):
        shifted = ShiftedPeople(people, offset)
        for pos in range(offset, len(text)):
            org = people.org_at(pos)
            got = shifted.org_at(pos - offset)
            assert (got is None) == (org is None)
            if org is not None:
                assert (got.start + offset, got.end + offset, got.text, got.canonical) == (
                    org.start, org.end, org.text, org.canonical)
        for start in range(offset, len(text), 9):
            org, got = people.org_in(start, len(text)), shifted.org_in(start - offset, len(text) - offset)
            assert (got and (got.start + offset, got.canonical)) == (org and (org.start, org.canonical))
            assert [(e.start - offset, e.text) for e in people.last_people(start, len(text))] == [
                (e.start, e.text) for e in shifted.last_people(start - offset, len(text) - offset)]


_PIECES = ["kommune", "Kommunen", "-", "_", "3", "é", " ", "\n", "x", "s", "ns", "ø", "Ø", "ß", ".", "²"]


def test_written_alone_answers_as_the_look_behind_search():
    rng = random.Random(25)
    for _ in range(20000):
        text = "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 12)))
        stem = rng.choice(["kommune", "ommune", "kommunen", "s", "ø", "", "-k", "é"])
        assert written_alone(text, stem) == bool(re.search(r"(?<![\w-])" + re.escape(stem), text)), (text, stem)


def test_modified_roles_read_each_name_once(monkeypatch):
    names = ["Jane Winther", "Bo Lund", "Eva Dahl", "Per Krogh", "Ida Juhl", "Ole Friis", "Lise Bach", "Mads Skov",
             "Kim Berg", "Tove Holm", "Ulla Kjær", "Aage Dahl", "Bo"]  # more than _MANY: one search of them all
    text = " ".join(f"Den tidligere rådmand {n} talte." for n in names) + " Det sagde den tyske minister i går."
    text += " Senere kom den tyske minister Kim Berg."
    at = text.index("den tyske minister")
    quotes = [Quote(start=0, end=3, text="Den", speaker=n, speaker_start=at, speaker_end=at + 18) for n in names * 4]
    calls: list[str] = []
    real = quote_da_modified._introductions
    monkeypatch.setattr(quote_da_modified, "_introductions", lambda t, name, *at: calls.append(name) or real(t, name, *at))
    out = quote_da_modified.modified_roles(text, quotes, names)
    assert [q.speaker for q in out] == ["Kim Berg"] * len(quotes)  # the one introduced as the German minister
    assert sorted(calls) == sorted(names)


_NAMES = ["Bo", "Bo Lund", "Lund", "Bob", "BoBo", "Anne", "Ann", "Anne Bo", "Lu", "Bo Lun", "Nn", "A", "é", "xB", "BB"]


def test_mention_starts_are_each_names_own_search():
    rng = random.Random(25)
    pieces = ["Bo", "Bo Lund", "Lund", "Bob", " ", "BoBo", "Lu", "x", "Ann", "Anne", "Anne Bo", "é", "\n"]
    tried = 0
    for _ in range(4000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 20)))
        names = rng.sample(_NAMES, rng.randint(10, len(_NAMES)))
        found = quote_da_modified._mention_starts(text, names)
        for name in names:
            if name in found:
                assert found[name] == [m.start() for m in re.finditer(re.escape(name), text)], (text, name)
                tried += 1
    assert tried > 5000
