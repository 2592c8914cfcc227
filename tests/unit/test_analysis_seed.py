"""The seed wire story from ../shared (skipped when that folder is absent)."""

from __future__ import annotations

import os
from collections import Counter
from pathlib import Path

import pytest

from reader.analysis import analyze
from reader.model import EntityLabel

SHARED = Path(os.environ.get("READER_SHARED") or Path(__file__).resolve().parents[3] / "shared")
SEED = SHARED / "seeds" / "000_948fe2ef6681fa12.txt"

pytestmark = pytest.mark.skipif(not SEED.exists(), reason="../shared/seeds is not here")


def _body() -> str:
    """The article body as the library gives it: no date line, no /ritzau/ line."""
    raw = SEED.read_text(encoding="utf-8")
    body = raw.split("\n\n", 1)[1]
    return body.replace("/ritzau/", "").strip()


def test_seed_quotes_and_speakers() -> None:
    result = analyze(_body())
    assert result.language == "da"
    speakers = Counter(q.speaker for q in result.quotes)
    assert speakers == {"Anders Samuelsen": 3, "Claus Hjort Frederiksen": 3}
    for quote in result.quotes:
        assert not quote.text.startswith("-") and "siger" not in quote.text
        assert quote.kind == "full"  # whole dash paragraphs
    # no organisation in the attributions; each speaker's party is bracketed after their name
    assert {q.speaker: q.affiliation for q in result.quotes} == {"Anders Samuelsen": "LA", "Claus Hjort Frederiksen": "V"}


def test_seed_speaker_roles() -> None:
    from reader.analysis.roles import speaker_roles

    roles = speaker_roles(analyze(_body()))
    assert roles == {"Anders Samuelsen": "udenrigsminister", "Claus Hjort Frederiksen": "forsvarsminister"}


def test_seed_entities() -> None:
    result = analyze(_body())
    found = {(e.text, e.label) for e in result.entities}
    canon = {e.text: e.canonical for e in result.entities}
    for name in ("Anders Samuelsen", "Claus Hjort Frederiksen"):
        assert (name, EntityLabel.PER) in found
    for name in ("Nato", "Natos", "Islamisk Stat", "IS", "Isil", "Det Udenrigspolitiske Nævn", "V", "LA"):
        assert (name, EntityLabel.ORG) in found, name
    for name in ("Irak", "København", "Danmark", "Europa"):
        assert (name, EntityLabel.LOC) in found, name
    assert canon["Natos"] == "Nato"
    assert canon["IS"] == canon["Isil"] == "Islamisk Stat"
    assert canon["Samuelsen"] == "Anders Samuelsen"


def test_seed_sentence_initial_words_are_not_names() -> None:
    result = analyze(_body())
    names = {e.text for e in result.entities}
    for word in ("Nu", "Derfor", "Her", "Under", "Tidligere", "Det", "Den", "Og", "Vi"):
        assert word not in names


def test_seed_headline_organisation_and_numbers() -> None:
    raw = SEED.read_text(encoding="utf-8").replace("/ritzau/", "")
    result = analyze(raw, "da")
    found = {(e.text, e.label) for e in result.entities}
    assert ("Forsvaret", EntityLabel.ORG) in found
    checks = {e.text for e in result.entities if e.label in (EntityLabel.DATE, EntityLabel.NUM)}
    for item in ("22", "fredag", "juli", "cirka 180 personer", "18 måneder"):
        assert item in checks, item


def test_seed_headline_names_beside_the_body() -> None:
    """The library's title goes in as the headline: its names come back with offsets into it, and
    the body's analysis is the same as without it."""
    from reader.library import load_articles

    article = load_articles(str(SEED))[0]
    result = analyze(article.body, article.language, title=article.title)
    assert result.title == article.title
    for ent in result.title_entities:
        assert article.title[ent.start:ent.end] == ent.text
    assert ("Forsvaret", EntityLabel.ORG) in {(e.text, e.label) for e in result.title_entities}
    plain = analyze(article.body, article.language)
    assert result.entities == plain.entities and result.quotes == plain.quotes
