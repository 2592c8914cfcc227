"""What the typer reads around a name, and runs that open a sentence (issue 16: Danish that holds on
text it has never seen)."""

from __future__ import annotations

from reader.analysis import typer
from reader.analysis.name_base import SETTINGS
from reader.analysis.name_rules import capital_runs


def test_the_noun_before_a_name_says_what_kind_it_is() -> None:
    assert typer.near_kind("firmaet") == "K"
    assert typer.near_kind("pladeselskabet") == "K"
    assert typer.near_kind("tv-station") == "K"
    assert typer.near_kind("grænsebyen") == "B"
    assert typer.near_kind("hovedstaden") == "B"
    assert typer.near_kind("bladkongen") == "H"
    assert typer.near_kind("i") == ""
    assert typer.near_kind("Firmaet") == ""  # a capitalised word is no common noun here


def test_the_typer_reads_that_kind() -> None:
    words = "Han arbejder for firmaet Scansoft i Aarhus .".split()
    feats = typer.span_features(words, 4, 5, False, {})
    assert ("nk=K" in feats) is typer.NEAR_KINDS
    assert not any(f.startswith("nk=") for f in typer.span_features(words, 6, 7, False, {}))
