"""speed20: passes of the Danish news forms read from the spans or from the reversed text, not from
literals searched in the whole text; each gives what the search gave."""

from __future__ import annotations

import random
import re
from pathlib import Path

from reader.analysis import name_roles_da as roles
from reader.analysis import news_forms13 as forms13
from reader.analysis import news_found14 as found14
from reader.analysis.news_scans import literal_hits

ROOT = Path(__file__).resolve().parents[2]
_LABELS = ("PER", "ORG", "LOC", "MISC")


def _articles() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for folder in ("tests/ner_articles", "tests/quote_articles", "sample_articles")
             for p in sorted((ROOT / folder).glob("*")) if p.is_file()]
    assert len(texts) > 20
    return texts


def _random_case(rng: random.Random, pieces: list[str]) -> tuple[str, list[tuple[int, int, str]]]:
    """A text of ``pieces`` and sorted, non-overlapping spans whose edges are the pieces' edges."""
    chosen = [rng.choice(pieces) for _ in range(rng.randint(0, 12))]
    text = "".join(chosen)
    edges = [0]
    for piece in chosen:
        edges.append(edges[-1] + len(piece))
    cuts = sorted(set(rng.sample(edges, min(len(edges), rng.randint(0, 8)))))
    spans = [(s, e, rng.choice(_LABELS)) for s, e in zip(cuts, cuts[1:]) if rng.random() < 0.7]
    return text, spans


def _role_hits(text: str) -> list[int]:
    """Where a role, a space and a capital are written, by the roles searched one by one."""
    return [k for k in literal_hits(text, tuple(role + " " for role in roles._ROLES))
            if re.match(r"[a-zæøå]+ [A-ZÆØÅ]", text[k:])]


def test_role_starts_as_the_roles_searched() -> None:
    assert not [(a, b) for a in roles._ROLES for b in roles._ROLES if a != b and a.endswith(b)]
    rng = random.Random(20)
    pieces = ["borgmester", "direktør", "leder", "chef", "analytiker", "x", " ", "  ", "Aksel", "Ø", "é", "-", "\n",
              "bor", "gmester", "ekspert", "Ekspert", "A", ".", "formand", "talsmand"]
    for _ in range(4000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 14)))
        assert roles._role_starts(text) == _role_hits(text), text
    found = 0
    for text in _articles():
        assert roles._role_starts(text) == _role_hits(text)
        found += len(_role_hits(text))
    assert found > 10


_FORMS_PIECES = ["Aarhus ", "Universitetshospital", "universitetshospitalet", "hospital", "Sygehus", "sygehuset",
                 " Syd", "efterskole", "Nordvind", " Energi", " A/S", " ApS", " AB", " ABC", " plc", "x", " ", "s",
                 "é", "Højskole", "højskole", "\n", "Ltd", " GmbH", "ø"]


def test_head_and_legal_ends_as_the_literals_searched() -> None:
    assert all(set(head) <= forms13._LOWER for head in forms13._DA_HEADS)
    assert not [(a, b) for a in forms13._LEGAL for b in forms13._LEGAL if a != b and a.startswith(b)]
    rng = random.Random(13)
    checked = 0
    for _ in range(6000):
        text, spans = _random_case(rng, _FORMS_PIECES)
        heads = set(forms13._ending_at(spans, literal_hits(text, forms13._DA_HEADS), text))
        legal = set(forms13._ending_at(spans, literal_hits(text, forms13._LEGAL), text, forms13._LEGAL))
        assert {x for j, x in enumerate(spans) if forms13._head_ends(text, spans, j)} == heads, (text, spans)
        assert {x for j, x in enumerate(spans) if forms13._legal_ends(text, spans, j)} == legal, (text, spans)
        checked += bool(heads) + bool(legal)
    assert checked > 500


def _cut_front_searched(text, spans, literals, evidence, labels):
    """news_found14._cut_front as it was: from the literals searched in the whole text."""
    out = None
    for k in literal_hits(text, literals):
        j = found14._at(spans, k)
        if j is None or spans[j][0] != k or spans[j][2] not in labels:
            continue
        s, e, label = spans[j]
        cut = text.index(" ", k) + 1
        if cut >= e or not text[cut].isupper():
            continue
        if text.endswith("'s", s, e) or text.endswith("’s", s, e):
            e -= 2
        out = list(spans) if out is None else out
        evidence.pop((s, spans[j][1]), None)
        out[j] = (cut, e, label)
    return spans if out is None else out


def test_cut_front_as_the_literals_searched() -> None:
    rng = random.Random(14)
    pieces = ["Kong ", "Dronning ", "Frederik", "Mary", "Ifølge ", "Men ", "Også ", "But ", "King ", "Queen ", "x",
              "'s", "’s", " ", "Vale", "ifølge ", "Prins", "e ", "Region"]
    changed = 0
    for _ in range(6000):
        text, spans = _random_case(rng, pieces)
        for language in ("da", "en"):
            for literals, labels in ((found14._TITLES[language], ("PER",)), (found14._OPENERS[language], ("PER", "ORG", "LOC"))):
                old_evidence = {x[:2]: 1 for x in spans}
                new_evidence = dict(old_evidence)
                expected = _cut_front_searched(text, spans, literals, old_evidence, labels)
                assert found14._cut_front(text, spans, literals, new_evidence, labels) == expected, (text, spans)
                assert new_evidence == old_evidence
                changed += expected is not spans
    assert changed > 300
