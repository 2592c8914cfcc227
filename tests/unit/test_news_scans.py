"""The news passes' whole-text scans started from a literal (news_scans) find what the patterns'
own ``finditer`` finds, on random texts of the patterns' pieces and on the project's articles."""

from __future__ import annotations

import random
from pathlib import Path

from reader.analysis import news_firms as nf
from reader.analysis import news_kinds as nk
from reader.analysis import news_scans as scans

ROOT = Path(__file__).resolve().parents[2]

# (name, the pattern, the scan of it, the pieces of random texts)
_SCANS = [
    ("street", nk._STREET, lambda t: scans.streets(nk._STREET, t, nk._ENDINGS),
     ["Randersvej", "vej", "Vej", "Øgade", "Abgade", "Storegade", "Ågade", "stræde", "Vænget", "Kirkevænget", "allé",
      "Lindeallé", "-", "x", "_", "é", " ", "\n", "Ab", "ved", "2", "Åvej-", "É"]),
    ("nordic", nk._NORDIC_FORM, lambda t: scans.nordic_forms(nk._NORDIC_FORM, t, nk._LEGAL_FORMS),
     ["Hörselhuset", "Halberd", "Ärla", "Öst", "&Co", "A&B", "-", "x", " ", "\n", "\t", "AB", "ASA", "AS", "Oy", "Oyj",
      "GmbH", "AG", "BV", "NV", "ab", "Z", "2", "_", "é", "É", "\u00a0"]),
    ("platform", nk._PLATFORM, lambda t: scans.led_by(nk._PLATFORM, t, nk._PLATFORMS),
     ["Instagram", "Facebook", "TikTok", "YouTube", "@", ".", "/", "-", " ", "på ", "x", "s", "\n"]),
    ("result da", nk._RESULT_LINES["da"], lambda t: scans.result_lines(nk._RESULT_LINES["da"], t, "da"),
     ["Ribe", "Otterup", "Ørum IF", " - ", "-", " ", "  ", "\n", "25", "5", "-", ":", ",", ";", "\t", "x", "'",
      "’", "Ab", "2-3", "_", "é", "Ribe - Otterup 25-25", " 25-25", "Otterup 2-1", ": ", ", ",
      "Ribe Fjord - Ørum", "\n\n"]),
    ("result en", nk._RESULT_LINES["en"], lambda t: scans.result_lines(nk._RESULT_LINES["en"], t, "en"),
     ["Abingdon", "Wantage", "Old Town", " ", "1", "12", "123", ",", ", ", ";", ":", ".", "\n", "x", "'", "-", "\t",
      "Ab", "_", "2", "Abingdon 1 Wantage 1", " 1", "Wantage 2,", "; ", ": ", "Old Town 3, Abingdon 2",
      " Wantage"]),
    ("manager", nk._MANAGER, lambda t: scans.managers(nk._MANAGER, t, nk._ROLES),
     ["Harwell", "The", "Oxford United", " ", "boss ", "head coach ", "coach ", "manager ", "Neil Oduya", "Neil",
      "Oduya", "x", "-", "'", "’", "\n", "a", "Ab", "_"]),
    ("subject", nk._RESULT_SUBJECT, lambda t: scans.result_subjects(nk._RESULT_SUBJECT, t, nk._RESULT_VERBS, nk._JOINS),
     ["while ", "and ", "but ", "as ", "when ", "Didcot", "Marlow", "Marlow United", " ", "beat ", "won ", "lost ",
      "3-1", "12-10", "1", "-", "\n", "x", "band ", "A", "Ab", "Didcot beat Marlow United 3-1", " 3-1",
      "Didcot beat ", "Old Town won 2-0", "Marlow United ", "standard "]),
    ("listed", nk._LISTED, lambda t: scans.led_by(nk._LISTED, t, nk._LISTS),
     ["retailers", "shops", "workshops", " including ", " such as ", " like ", "Argos", "Currys", "Boots", ", ",
      " and ", ",", " ", "x", "_", "retailers including Argos, Currys and Boots",
      "firms such as Argos and Boots", "banks like B&Q", " Argos"]),
    ("river", nk._RIVER, lambda t: scans.led_by(nk._RIVER, t, ("River ",)),
     ["River ", "Severn", "Aa", "-", "x", " ", "Rivers ", "aRiver "]),
    ("club", nf._CLUB, lambda t: scans.clubs(nf._CLUB, t, nf._CLUB_LETTERS),
     ["Brande", "Ørum", "Tjele", "-", " ", "HK", "IF", "AIF", "GIF", "FC", "x", "Ab", "A", "_", "\n", "é", "Ø", "Brande HK", "Ørum-Tjele IF",
      " HK", " GIF", "-Tjele IF", "aRibe IF", "Ribe"]),
    ("kind da", nf._KIND_BEFORE["da"], lambda t: scans.led_by(nf._KIND_BEFORE["da"], t, nf._KIND_LEADS["da"]),
     ["bandet ", "band ", "Appen ", "appen ", "app'en ", "kæden ", "Hvide", "Heste", "Netto", " ", "\n", "x", "-",
      "'", "_", "Ab"]),
    ("kind en", nf._KIND_BEFORE["en"], lambda t: scans.led_by(nf._KIND_BEFORE["en"], t, nf._KIND_LEADS["en"]),
     ["app ", "shopping ", "Dealio", "Ab", "AB", "x", "-", "'", " ", "happ "]),
]


def _spans(matches) -> list[tuple]:
    return [(m.span(), m.groups()) for m in matches]


def test_scans_as_finditer_on_random_texts() -> None:
    rng = random.Random(16)
    for name, pattern, scan, pieces in _SCANS:
        for _ in range(3000):
            text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 16)))
            assert _spans(scan(text)) == _spans(pattern.finditer(text)), (name, text)


def test_scans_as_finditer_on_the_articles() -> None:
    texts = [p.read_text(encoding="utf-8") for folder in ("tests/ner_articles", "tests/quote_articles",
                                                         "sample_articles") for p in sorted((ROOT / folder).glob("*"))
             if p.is_file()]
    assert len(texts) > 20
    found = 0
    for text in texts:
        for name, pattern, scan, _pieces in _SCANS:
            old = _spans(pattern.finditer(text))
            assert _spans(scan(text)) == old, name
            found += len(old)
    assert found > 50  # the articles hold such names


def test_literal_hits_finds_overlapping_ones() -> None:
    assert scans.literal_hits("AASA ASA", ("AS", "ASA")) == [1, 5]
    assert scans.literal_hits("aaa", ("aa",)) == [0, 1]


def test_literal_hits_as_every_position() -> None:
    rng = random.Random(5)
    for literals in (("AS", "ASA", "AB"), (" HK", " IF", " AIF"), ("vej", "ej", "gade"), ("aa", "A")):
        for _ in range(500):
            text = "".join(rng.choice(["A", "S", "B", "a", "v", "e", "j", " ", "H", "K", "I", "F", "gade"])
                           for _ in range(rng.randint(0, 20)))
            every = [k for k in range(len(text)) if any(text.startswith(x, k) for x in literals)]
            assert scans.literal_hits(text, literals) == every, (literals, text)


def _after_roles_searched(text: str) -> list[tuple]:
    """name_roles_da._after_roles as it was: the pattern searched, a match in a longer word skipped."""
    from reader.analysis import name_roles_da as roles

    found, pos = [], 0
    while (match := roles._AFTER_ROLE.search(text, pos)) is not None:
        start = match.start()
        while start and text[start - 1] in roles._LETTERS:
            start -= 1
        if start and roles._NOT_BEFORE.match(text, start - 1):
            pos = match.start() + 1
            continue
        found.append((match.span(), match.groups()))
        pos = match.end()
    return found


def test_after_roles_as_the_search() -> None:
    from reader.analysis.name_roles_da import _after_roles

    rng = random.Random(21)
    pieces = ["borgmester ", "direktør ", "kommunaldirektør ", "Aktieanalytiker ", "analytiker ", "leder ",
              "Aksel", "Brix", "Sune Bech-Larsen", "Anne Holm", " ", ".", ",", "\n", "x", "-", "_", "é", "Ø",
              "2", "formand Anne", " Holm"]
    for _ in range(4000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 14)))
        assert _spans(_after_roles(text)) == _after_roles_searched(text), text
    for path in sorted((ROOT / "tests/quote_articles").glob("*.txt")) + sorted((ROOT / "sample_articles").glob("*")):
        text = path.read_text(encoding="utf-8")
        assert _spans(_after_roles(text)) == _after_roles_searched(text), path.name

