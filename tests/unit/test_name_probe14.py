"""Names in the forms of the eighth blind probe (probe14): royal titles and sentence adverbs kept
out of a name, two bodies of one head joined by "og", people with "af" and Mc/O' surnames, railway
lines and bridges in one word, countries playing a match, village endings, bodies named with a
country, care homes, clubs, a lone title after "the", a firm named by the words after it and a
party in brackets after a councillor."""

from __future__ import annotations

import pytest

from reader.analysis import analyze


def _names(text: str, language: str) -> set[tuple[str, str]]:
    return {(e.text, e.label.value) for e in analyze(text, language).entities if e.label.value in ("PER", "ORG", "LOC")}


@pytest.mark.parametrize("text, language, wanted, unwanted", [
    ("Prinsesse Isabella og Kong Frederik besøgte i går Odense.", "da",
     {("Isabella", "PER"), ("Frederik", "PER")}, {"Kong Frederik"}),
    ("Pengene går til borgere i Region Sjælland og Region Hovedstaden fra næste år.", "da",
     {("Region Sjælland", "ORG"), ("Region Hovedstaden", "ORG")}, set()),
    ("Holdets anfører Morag McKinnon scorede to gange.", "da", {("Morag McKinnon", "PER")}, set()),
    ("Toget kører ikke, fordi Vestbanen er lukket, og Langelandsbroen er spærret.", "da",
     {("Vestbanen", "LOC"), ("Langelandsbroen", "LOC")}, set()),
    ("Sverige slog Norge 28-25 i aftes, og Norge møder Island på søndag.", "da",
     {("Sverige", "ORG"), ("Norge", "ORG"), ("Island", "ORG")}, set()),
    ("Landmand Jens Holt fra Egebjergø har 200 køer.", "da", {("Egebjergø", "LOC"), ("Jens Holt", "PER")}, set()),
    ("Forward Niamh O'Callaghan scored twice in the second half.", "en", {("Niamh O'Callaghan", "PER")}, set()),
    ("Sport Wales said the grant had been cut, and Transport Scotland agreed.", "en",
     {("Sport Wales", "ORG"), ("Transport Scotland", "ORG")}, set()),
    ("Scotland beat Wales 24-17 at Murrayfield, and Ireland host France next week.", "en",
     {("Scotland", "ORG"), ("Wales", "ORG"), ("Ireland", "ORG"), ("France", "ORG")}, set()),
    ("The Dean said the service would go ahead.", "en", set(), {"Dean"}),
    ("Residents moved to Elmwood Care Home and later to Bryn Nursing Home.", "en",
     {("Elmwood Care Home", "ORG"), ("Bryn Nursing Home", "ORG")}, set()),
    ("Brightmoor, the Bristol firm behind the scheme, said no. Brightmoor will appeal.", "en",
     {("Brightmoor", "ORG"), ("Bristol", "LOC")}, set()),
    ("Cllr Eluned Parry (Plaid Cymru) voted against the plan.", "en",
     {("Eluned Parry", "PER"), ("Plaid Cymru", "ORG")}, set()),
])
def test_probe14_forms(text: str, language: str, wanted: set[tuple[str, str]], unwanted: set[str]) -> None:
    found = _names(text, language)
    assert wanted <= found, f"missing {wanted - found} in {sorted(found)}"
    assert not {t for t, _ in found} & unwanted, sorted(found)


def test_apps_and_peoples_are_no_names() -> None:
    found = _names('The app, Tidyhive, works on phones. "It is fun," said Welsh captain Owen Rees.', "en")
    assert not {t for t, _ in found} & {"Tidyhive", "Welsh"}, sorted(found)
