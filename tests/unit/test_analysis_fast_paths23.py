"""speed23: the probe22 forms' patterns led by their capitals (not by a look-behind), place lists
searched only in the lines that can hold one, and a speaker's introduction read from their own
mentions; each finds what the form before it found."""

from __future__ import annotations

import random
import re
from pathlib import Path
from types import SimpleNamespace

from reader.analysis import forms22, forms22_da, quote_da_dash, spans22
from reader.analysis import quote_roles_carried as carried
from reader.analysis.tokens import tokenize

ROOT = Path(__file__).resolve().parents[2]
_UP = "A-ZÆØÅ"


def _articles() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for folder in ("tests/ner_articles", "tests/quote_articles", "sample_articles")
             for p in sorted((ROOT / folder).glob("*")) if p.is_file()]
    assert len(texts) > 20
    return texts


def _random_texts(pieces: list[str], count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 16))) for _ in range(count)]


def _spans(pattern: re.Pattern, text: str) -> list[tuple[tuple[int, int], tuple]]:
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]


# The patterns as probe22 wrote them: a look-behind first.
_OLD = {
    "hyphen": re.compile(rf"(?<![\w-])[{_UP}][a-zæøå]+- (?:og|eller) (?=[{_UP}])"),
    "abbreviated": re.compile(rf"(?<![\w.])(?:{'|'.join(forms22_da._ABBREVIATIONS)})\. ({forms22_da._WORD})"),
    "genitive": re.compile(rf"(?<![\w-])[{_UP}][a-zæøå]+(?:ernes|enes|ens|ets|s) ([{_UP}][a-zæøå]+)\b"),
}
_NEW = {"hyphen": forms22_da._HYPHEN_PAIR, "abbreviated": forms22_da._ABBREVIATED,
        "genitive": forms22_da._GENITIVE_BODY}
_PIECES = ["Sø", "Miljø", "- og ", "- eller ", "Handelsretten", "Sdr", "Nr", "Ndr", "St", "Vester", "Øster", ". ",
           "Felding", "Landdistrikternes", " Fællesråd", "ens", "s ", "Ø", "x", "-", ".", " ", "\n", "é", "A", "a",
           "Vr", "Gl", "Rye", "'", "Ll"]


def test_capital_led_patterns_find_what_the_look_behind_led_found() -> None:
    texts = _random_texts(_PIECES, 6000, 23) + _articles()
    for name, old in _OLD.items():
        new = _NEW[name]
        assert not new.pattern.startswith("(?<"), name  # (what lets the engine skip to the capitals)
        found = 0
        for text in texts:
            assert _spans(new, text) == _spans(old, text), (name, text)
            found += len(_spans(old, text))
        assert found > 20, name


def _old_lists(text: str, conjunction: str) -> list[tuple[int, int]]:
    item = forms22._ITEM
    pattern = re.compile(rf"(?<![\w'’-]){item}(?:, {item})+,? {conjunction} {item}(?![\w'’-])")
    return [m.span() for m in pattern.finditer(text)]


def _new_lists(text: str, conjunction: str) -> list[tuple[int, int]]:
    pattern = forms22._list_pattern(conjunction)
    return [m.span() for ls, le in forms22.lines_with(text, f" {conjunction} ", ", ")
            for m in pattern.finditer(text, ls, le)]


def test_place_lists_searched_by_lines_find_what_the_whole_text_search_found() -> None:
    pieces = ["Vind", ", ", "Sørvad", " og ", " and ", "Nørre Omme", "Horsey", ",", " ", "\n", "\n\n", "x", "-",
              "Winterton-on-Sea", "og", "’", "Ø", "a"]
    found = 0
    for text in _random_texts(pieces, 6000, 7) + _articles():
        for conjunction in ("og", "and"):
            assert _new_lists(text, conjunction) == _old_lists(text, conjunction), text
            found += len(_old_lists(text, conjunction))
    assert found > 20


def test_lines_with_gives_the_lines_holding_both_literals() -> None:
    text = "Aa og Bb\nCc, Dd og Ee\n\nFf, Gg\nHh og Ii, Jj og Kk"
    lines = forms22.lines_with(text, " og ", ", ")
    assert [text[s:e] for s, e in lines] == ["Cc, Dd og Ee", "Hh og Ii, Jj og Kk"]
    assert forms22.lines_with("", " og ", ", ") == []


def test_word_before_a_name_as_the_slice_search_found_it() -> None:
    rng = random.Random(3)
    pieces = ["Store", "Great", " ", "\n", "x", "Lille", "Yarmouth", ".", "ab"]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 10)))
        for s in range(len(text) + 1):
            old = re.search(r"(\w+) $", text[max(0, s - 12):s])
            gated = text[s - 1:s] in (" ", "\n")
            new = forms22._WORD_BEFORE.search(text, max(0, s - 12), s) if gated else None
            assert (old and (old.group(0), old.group(1))) == (new and (new.group(0), new.group(1))), (text, s)


def test_mentions_by_name_in_order_and_read_again_when_the_list_changes() -> None:
    mention = SimpleNamespace
    a1, b1, a2, c1 = (mention(canonical=n, start=k) for k, n in enumerate(["Ane Bro", "Bo Lind", "Ane Bro", "Cai"]))
    people = SimpleNamespace(people=[a1, b1, a2, c1])
    by_name = carried._ByName(people)
    assert by_name.mentions("Ane Bro") == [a1, a2]
    assert by_name.mentions("Nobody") == []
    a3 = mention(canonical="Ane Bro", start=9)
    people.people = [a3, c1]
    assert by_name.mentions("Ane Bro") == [a3]



def _old_mentions(text: str, tokens, names: dict[str, str]) -> list[tuple[int, int, str]]:
    """probe22's mentions: every name of a token's first word compared in turn."""
    by_first: dict[str, list[str]] = {}
    for name in names:
        by_first.setdefault(name.split(" ")[0], []).append(name)
    out = []
    for k, word in enumerate(tokens.words):
        for name in by_first.get(word, ()):
            at, end = tokens.starts[k], tokens.starts[k] + len(name)
            after = text[end:end + 1]
            if text.startswith(name, at) and not (after and (after.isalnum() or after in "'’-")):
                out.append((at, end, names[name]))
    return out


def test_name_index_and_mentions_by_slices_as_by_comparing_each_name() -> None:
    index = spans22.name_index({"Anne Holm": "PER", "Anne Bo": "PER", "Anne Berg": "PER", "Holm": "LOC"})
    assert index == {"Anne": {9: {"Anne Holm": 0, "Anne Berg": 2}, 7: {"Anne Bo": 1}}, "Holm": {4: {"Holm": 3}}}
    # mentions, which looks the names up in that index, finds what comparing each name found
    rng = random.Random(11)
    pieces = ["Anne", " ", "Holm", "Berg", "Anne-", "s", ".", ",", "\n", "Anne Holm", "’", "Bo", "x"]
    names = ["Anne Holm", "Anne", "Anne Holms", "Anne Berg", "Holm", "Bo", "Anne Holm Berg", "Anne-Bo"]
    found = 0
    for _ in range(1500):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 14)))
        wanted = {name: rng.choice(("PER", "LOC")) for name in rng.sample(names, rng.randint(1, len(names)))}
        tokens = tokenize(text, "da")
        assert list(spans22.mentions(text, tokens, wanted)) == _old_mentions(text, tokens, wanted), (text, wanted)
        found += len(_old_mentions(text, tokens, wanted))
    assert found > 500


def test_resume_points_as_the_look_behind_found_them() -> None:
    old = re.compile(r"(?<=[.!?])[ \t]+([-–—])[ \t]+(?=\S)")
    assert not quote_da_dash._RESUME.pattern.startswith("(?<")  # (the engine skips to the stops)
    rng = random.Random(5)
    pieces = [".", "!", "?", " ", "\t", "-", "–", "—", "x", "Vi", "\n", "siger Bo", ". - ", "?  – "]
    found = 0
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 14)))
        for start in range(len(text) + 1):
            end = rng.randint(start, len(text))
            most = rng.choice((1, 2, 8))
            want = [(m.start(), m.start(1)) for m in old.finditer(text, start, end)][:most]
            assert quote_da_dash.resume_points(text, start, end, most) == want, (text, start, end)
            found += len(want)
    assert found > 500
