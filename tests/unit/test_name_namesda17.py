"""Danish name forms chosen on cross-validation over the training split (namesda17): a foreign
legal form keeps its stop, a dateline in capitals run into a name, a club's genitive before a
person, a genitive opening a sentence, a postal town, a party written short in brackets, a
given name opening a sentence with the surname the tagger left out, a speaker after a verb of
saying, and a lone word after a noun for its kind."""

from __future__ import annotations

import pytest

from reader.analysis import analyze


def _names(text: str) -> set[tuple[str, str]]:
    return {(e.text, e.label.value) for e in analyze(text, "da").entities if e.label.value in ("PER", "ORG", "LOC")}


@pytest.mark.parametrize("text, wanted, unwanted", [
    ("Han arbejdede for Microsoft Corp., før han kom til Lego Ltd., hvor han blev.",
     {("Microsoft Corp.", "ORG"), ("Lego Ltd.", "ORG")}, set()),
    ("Brand på havnen i Esbjerg ESBJERG: En brand hærgede i nat havnen.",
     {("Esbjerg", "LOC"), ("ESBJERG", "LOC")}, {"Esbjerg ESBJERG"}),
    ("Han fældede FCKs Jesper Holm i feltet.", {("FCKs", "ORG"), ("Jesper Holm", "PER")}, {"FCKs Jesper Holm"}),
    ("Mødet sluttede sent. Kirstens bror kom ikke.", {("Kirstens", "PER")}, set()),
    ("Det regnede hele dagen. Hannes mor kom forbi om aftenen.", {("Hannes", "PER")}, set()),
    ("Send kuponen til bladet, Postboks 12, 1005 København K.", {("København K.", "LOC")}, set()),
    ("Finansminister Poul Holm (kons.) vil ikke ændre loven.", {("kons.", "ORG"), ("Poul Holm", "PER")}, set()),
    ("Hans Brixtofte, formand for skakklubben, vandt.", {("Hans Brixtofte", "PER")}, set()),
    ('"Det kan vi ikke," svarede Oyelaran.', {("Oyelaran", "PER")}, set()),
    ("Bagefter legede pigen Ylva i haven.", {("Ylva", "PER")}, set()),
])
def test_namesda17_forms(text: str, wanted: set, unwanted: set) -> None:
    found = _names(text)
    assert wanted <= found, found
    assert not {name for name, _label in found} & unwanted, found
