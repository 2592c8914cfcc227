"""SpanSet and mentions answer as the linear scans they replaced in the news passes."""

from __future__ import annotations

import random
import re

from reader.analysis.span_set import SpanSet, mentions


def test_overlaps_as_a_scan_of_every_span() -> None:
    rng = random.Random(7)
    for _ in range(300):
        spans = []
        for _ in range(rng.randint(0, 12)):
            s = rng.randint(0, 60)
            spans.append((s, s + rng.randint(1, 9), "ORG"))  # overlapping ones too
        taken, added = SpanSet(spans), []
        for _ in range(20):
            s = rng.randint(0, 70)
            e = s + rng.randint(0, 8)
            expected = any(a < e and s < b for a, b, _ in spans + added)
            assert taken.overlaps(s, e) == expected, (spans, added, s, e)
            if not expected and e > s:
                added.append((s, e, "PER"))
                taken.add(s, e)


def test_mentions_as_the_look_behind_pattern() -> None:
    rng = random.Random(3)
    pieces = ["Ribe", "Ribe IF", "aRibe", "-Ribe", "'Ribe", "’Ribe", " ", ", ", "Ribe Ribe", "&", "x", "\n"]
    for _ in range(500):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 14)))
        for name, tail in (("Ribe", r"(?![\w-])"), ("Ribe", r"(?![\w-]| [A-ZÆØÅ]|\s?&)"), ("Ribe IF", r"(?![\w-])")):
            old = [m.span() for m in re.finditer(r"(?<![\w'’-])" + re.escape(name) + tail, text)]
            assert [m.span() for m in mentions(text, name, tail)] == old, (text, name, tail)


def _one_after_the_other(spans, wholes, evidence):
    """The club pass as it was: each whole name decided on the spans the one before left."""
    for s, e in wholes:
        inside = [x for x in spans if x[0] < e and s < x[1]]
        if inside == [(s, e, "ORG")] or any(x[0] < s or x[1] > e for x in inside):
            continue
        for x in inside:
            evidence.pop(x[:2], None)
        spans = sorted([x for x in spans if x not in inside] + [(s, e, "ORG")])
    return spans


def test_replace_wholes_as_one_after_the_other() -> None:
    from reader.analysis.news_firms import _club_fits
    from reader.analysis.span_set import replace_wholes

    rng = random.Random(11)
    for _ in range(500):
        spans, at = [], 0
        while at < 80 and len(spans) < 10:
            at += rng.randint(0, 6)
            end = at + rng.randint(1, 7)
            spans.append((at, end, rng.choice(["ORG", "LOC", "PER"])))
            at = end
        wholes, at = [], 0
        while at < 80:
            at += rng.randint(0, 15)
            end = at + rng.randint(1, 12)
            wholes.append((at, end))
            at = end
        old_evidence = {x[:2]: 1 for x in spans}
        new_evidence = dict(old_evidence)
        expected = _one_after_the_other(list(spans), wholes, old_evidence)
        assert replace_wholes(list(spans), wholes, _club_fits, new_evidence) == expected, (spans, wholes)
        assert new_evidence == old_evidence


def test_role_words_found_as_the_look_behind_pattern_found_them() -> None:
    from reader.analysis import name_roles_da as roles

    old = re.compile(r"(?<![\w-])[A-ZÆØÅa-zæøå]*(?:" + "|".join(roles._ROLES) + r") (" + roles._PART
                     + r"(?: " + roles._PART + r"){1,2})(?=[\s,.:;!?)])")
    rng = random.Random(5)
    pieces = [*roles._ROLES[:6], "aktie", "é", "-", "3", " ", ", ", ".", "Aksel", "Brix", "Bech-Larsen",
              "Sune", " og ", "Ole", "x", "\n"]
    for _ in range(2000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 16)))
        assert [m.span(1) for m in roles._after_roles(text)] == [m.span(1) for m in old.finditer(text)], text


def test_mentions_of_as_mentions_name_by_name() -> None:
    from reader.analysis.span_set import mentions_of

    rng = random.Random(12)
    words = ["Ribe", "Ribe IF", "Ri", "Rib", "Aa", "Aa Aa", "Ørum", "Ørum-Tjele", "TV2", "TT", "eBay", "3F", "R",
             "Ribe Fjord", "Otterup", "Otter", "Øster", "Aalborg", "Aalborg Håndbold", "Ejby", "Ejby Mølle"]
    pieces = words + [" ", ", ", "&", " & ", "x", "-", "'", "’", "\n", "i ", " A", "Ribe-", "_"]
    cases = [("Aa Aa Aa Aa. Ribe IF Ribe", words)]  # overlapping places of one name
    for _ in range(600):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 30)))
        cases.append((text, rng.sample(words, rng.choice([3, 12, 15, len(words)]))))
    for text, names in cases:
        for tail in (r"(?![\w-])", r"(?![\w-]| [A-ZÆØÅ]|\s?&)"):
            expected = [(name, m.span()) for name in names for m in mentions(text, name, tail)]
            assert [(name, m.span()) for name, m in mentions_of(text, names, tail)] == expected, (text, names)


def test_mentions_of_on_the_articles() -> None:
    from pathlib import Path

    from reader.analysis.iob import read_marked
    from reader.analysis.span_set import mentions_of

    articles = read_marked(Path(__file__).resolve().parents[2] / "tests" / "ner_articles" / "da.txt")
    text = "\n\n".join(a.text for a in articles)
    names = list(dict.fromkeys(a.text[s:e] for a in articles for s, e, _label in a.spans))
    assert len(names) > 100
    tail = r"(?![\w-]| [A-ZÆØÅ]|\s?&)"
    expected = [(name, m.span()) for name in names for m in mentions(text, name, tail)]
    assert len(expected) > len(names)
    assert [(name, m.span()) for name, m in mentions_of(text, names, tail)] == expected


def _retype_or_add_by_table(spans, new, evidence, apart=True):
    """span_set.retype_or_add as it was: every span's place in a table."""
    if not new:
        return spans
    by_span = {(s, e): k for k, (s, e, _label) in enumerate(spans)}
    out, added = list(spans), []
    taken = SpanSet(out)
    for s, e, label in new:
        k = by_span.get((s, e))
        if k is not None:
            if out[k][2] != label:
                out[k] = (s, e, label)
                evidence.pop((s, e), None)
        elif not taken.overlaps(s, e):
            added.append((s, e, label))
            if apart:
                taken.add(s, e)
    return sorted(out + added) if added else out


def test_retype_or_add_as_by_table() -> None:
    from reader.analysis.span_set import retype_or_add

    rng = random.Random(9)
    for case in range(3000):
        spans = []
        for _ in range(rng.randint(0, 10)):
            s = rng.randint(0, 40)
            spans.append((s, s + rng.randint(1, 6), rng.choice(["ORG", "LOC", "PER"])))  # duplicates too
        if case % 2:
            spans.sort()
        new = [(s, s + rng.randint(1, 6), rng.choice(["ORG", "LOC"])) for s in (rng.randint(0, 45) for _ in range(6))]
        new += rng.sample(spans, min(len(spans), 3))
        new = [(s, e, "ORG") for s, e, _label in new]
        for apart in (True, False):
            old_evidence = {x[:2]: 1 for x in spans}
            new_evidence = dict(old_evidence)
            expected = _retype_or_add_by_table(spans, new, old_evidence, apart)
            assert retype_or_add(spans, new, new_evidence, apart) == expected, (spans, new)
            assert new_evidence == old_evidence


def test_mentions_from_a_position_as_finditer_from_it() -> None:
    rng = random.Random(6)
    pieces = ["Bell", "Bell Bell", "aBell", "-Bell", "Bells", "’Bell", " ", ". ", "\n", "x"]
    for _ in range(1000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        pos = rng.randint(0, len(text))
        old = [m.span() for m in re.compile(r"(?<![\w'’-])Bell(?![\w-])").finditer(text, pos)]
        assert [m.span() for m in mentions(text, "Bell", r"(?![\w-])", pos)] == old, (text, pos)


def test_mentions_with_another_look_behind_as_finditer() -> None:
    rng = random.Random(8)
    pieces = ["dealio", "Thirsk", "Thirsk Road", "@dealio", ".dealio", "/dealio", "-Thirsk", "'Thirsk", "dealio.com",
              "dealio-", " ", ". ", "\n", "x", "_"]
    for _ in range(1500):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        for name, behind, tail in (("dealio", r"[\w@./-]", r"(?![\w@/+-]|\.\w)"), ("Thirsk", r"[\w-]", r"(?![\w-]|\s[A-Z])")):
            old = [m.span() for m in re.finditer(r"(?<!" + behind + ")" + re.escape(name) + tail, text)]
            new = [m.span() for m in mentions(text, name, tail, before=re.compile(behind))]
            assert new == old, (text, name)
