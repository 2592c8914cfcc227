"""A Danish party's letter in brackets and the party's name in the same article are listed as one
organisation (lead, stop 42: the sample da-01 listed "S", "K", "Socialdemokratiet", "De
Konservative" and "Det Konservative Folkeparti" apart)."""

from __future__ import annotations

from reader.analysis import analyze

TEXT = (
    "Aftalen er indgået mellem Socialdemokratiet og Det Konservative Folkeparti.\n\n"
    "Borgmester Hanne Bach (S) kalder den nødvendig, mens rådmand Ole Rask (K) er mere forbeholden.\n\n"
    "Kritikken fra De Konservative er ikke ny."
)


def _canonical(text: str) -> dict[str, str]:
    return {e.text: e.canonical for e in analyze(text, "da").entities if e.label.value == "ORG"}


def test_letter_and_name_are_one_group() -> None:
    canon = _canonical(TEXT)
    assert canon.get("S") == "Socialdemokratiet"
    assert canon.get("K") == canon.get("De Konservative") == "Det Konservative Folkeparti"


def test_a_letter_alone_stays_a_letter() -> None:
    canon = _canonical("Borgmester Hanne Bach (S) kalder den nødvendig.")
    assert canon.get("S") == "S"


def test_the_quote_keeps_the_letter_as_written() -> None:
    text = TEXT + "\n\n- Det er en god dag for byen, siger Hanne Bach."
    quote = analyze(text, "da").quotes[-1]
    assert quote.speaker == "Hanne Bach" and quote.affiliation == "S"
