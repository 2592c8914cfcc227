"""English organisations the typer took for places or people: heads, teams, employers (en_orgs)."""

import pytest

from reader.analysis import analyze
from reader.analysis.en_orgs import lone_bodies, org_types


def _typed(text: str, name: str, label: str) -> str:
    start = text.index(name)
    return org_types(text, [(start, start + len(name), label)])[0][2]


@pytest.mark.parametrize("text, name, label", [
    ("He taught at the Prague Conservatory for years.", "Prague Conservatory", "LOC"),
    ("The book came out from Mango Publishing in May.", "Mango Publishing", "LOC"),
    ("She wrote to Abbot Academy about it.", "Abbot Academy", "PER"),
    ("He studied at the University of Dhaka.", "University of Dhaka", "LOC"),
    ("He was traded to the Boston Red Sox in 2012.", "Boston Red Sox", "LOC"),
    ("They lost to the Tampa Bay Rays at home.", "Tampa Bay Rays", "LOC"),
    ("I'm Sahar, managing editor at Global Voices.", "Global Voices", "LOC"),
])
def test_bodies_become_org(text: str, name: str, label: str) -> None:
    assert _typed(text, name, label) == "ORG"


@pytest.mark.parametrize("text, name, label", [
    ("After the Soviet Union collapsed, prices rose.", "Soviet Union", "LOC"),
    ("We drove along the Rio Grande Rivers for days.", "Rio Grande", "LOC"),
    ("They hiked in the Blue Ridge Mountains.", "Blue Ridge Mountains", "LOC"),
    ("The staff at Cancun airport said no.", "Cancun", "LOC"),
    ("The Oregon Lakes were frozen.", "Oregon Lakes", "LOC"),
    ("Anna Berg flew to Phoenix.", "Anna Berg", "PER"),
    ("A teacher at Oxford Road school.", "Oxford Road", "PER"),
])
def test_places_and_people_stay(text: str, name: str, label: str) -> None:
    assert _typed(text, name, label) == label


def test_in_the_analysis() -> None:
    text = "Holt was traded to the Boston Red Sox in December."
    found = {text[e.start:e.end]: e.label.value for e in analyze(text, "en").entities}
    assert found.get("Boston Red Sox") == "ORG"


def test_lone_bodies_inside_a_sentence() -> None:
    text = "We called on the Government to act, and Congress agreed. Government is hard."
    found = {(text[e.start:e.end], e.label.value) for e in analyze(text, "en").entities}
    assert ("Government", "ORG") in found and ("Congress", "ORG") in found
    assert lone_bodies("Government is hard. The Army-Navy game.", []) == []


def test_lone_bodies_leave_found_names() -> None:
    text = "the Senate Finance Committee met"
    spans = [(4, 29, "ORG")]
    assert lone_bodies(text, spans) == spans


@pytest.mark.parametrize("name, label, want", [
    ("YouTube", "PER", "ORG"), ("eBay", "LOC", "ORG"), ("McDonald", "PER", "PER"), ("DeLuca", "PER", "PER"),
])
def test_inner_capitals(name: str, label: str, want: str) -> None:
    assert _typed(f"I saw {name} there.", name, label) == want


@pytest.mark.parametrize("text, name, want", [
    ("Tuition at Penn State rose again.", "Penn State", "ORG"),
    ("Ohio State won on Saturday.", "Ohio State", "ORG"),
    ("We moved to the Garden State in June.", "Garden State", "LOC"),
    ("It rains a lot in Washington State.", "Washington State", "LOC"),
    ("Power passed to the Greek State.", "Greek State", "LOC"),
    ("We crossed into New York State.", "New York State", "LOC"),
])
def test_a_university_named_as_its_state(text: str, name: str, want: str) -> None:
    assert _typed(text, name, "LOC") == want


def _typer_drops_all() -> "object":
    from reader.analysis.perceptron import Model
    from reader.analysis.typer import REJECT, TYPES

    return Model({}, {}, {"b": [TYPES.index(REJECT), 100.0]})  # a typer that says "no name" to everything


@pytest.mark.parametrize("words, kept", [
    (["Delegates", "of", "the", "National", "Convention", "voted", "."], True),
    (["the", "Undergraduate", "Student", "Government", "met"], True),
    (["a", "Fair", "Harvest", "Foods", "van"], True),
    (["the", "Big", "Blue", "Thing", "won"], False),
    (["the", "Convention", "Centre", "was", "full"], False),
])
def test_a_dropped_name_with_a_body_head_stays_an_organisation(words: list[str], kept: bool) -> None:
    from reader.analysis.name_base import SETTINGS
    from reader.analysis.name_typing import retype

    k = next(i for i, w in enumerate(words) if w[0].isupper() and i > 0)
    j = max(i for i, w in enumerate(words) if w[0].isupper()) + 1
    tags = {k: "B-LOC", **{m: "I-LOC" for m in range(k + 1, j)}}
    retype(words, 0, tags, set(), _typer_drops_all(), {}, SETTINGS["en"])
    assert (tags == {k: "B-ORG", **{m: "I-ORG" for m in range(k + 1, j)}}) if kept else not tags
    danish = {k: "B-LOC", **{m: "I-LOC" for m in range(k + 1, j)}}
    retype(words, 0, danish, set(), _typer_drops_all(), {}, SETTINGS["da"])
    assert not danish  # Danish is not touched
