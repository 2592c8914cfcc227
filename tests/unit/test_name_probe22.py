"""Names in the forms of the ninth blind probe (probe22, ``reader.analysis.forms22``): a courts' or
ministries' name joined by "- og", abbreviated town words, legal forms after a number or with
stops, bodies' head words, genitive surnames, a town named again at a sentence's opening, lists of
villages, "& Sons" firms, "Friends of the X", possessive titles inside names, "-on-" towns,
"of X" after an age, "HM" bodies, judges' titles, seats of government and a name found twice at its
other mentions. Every sentence is the team's own."""

from __future__ import annotations

import pytest

from reader.analysis import analyze


def _names(text: str, language: str) -> set[tuple[str, str]]:
    return {(e.text, e.label.value) for e in analyze(text, language).entities if e.label.value in ("PER", "ORG", "LOC")}


@pytest.mark.parametrize("text, language, wanted, unwanted", [
    ("Sagen om firmaet skal nu for Sø- og Handelsretten i maj.", "da",
     {("Sø- og Handelsretten", "ORG")}, {"Sø-"}),
    ("Der bygges nye huse i Sdr. Omme og i Gl. Rye næste år.", "da",
     {("Sdr. Omme", "LOC"), ("Gl. Rye", "LOC")}, {"Sdr", "Gl"}),
    ("Pølsefabrikken Skovpølser 1931 A/S i Bylderup har fået en ny ejer.", "da",
     {("Skovpølser 1931 A/S", "ORG")}, {"A/S"}),
    ("Hallen var lejet af fiskemelsfabrikken Vestjysk Fiskemel A.m.b.a., som havde fiskemel på lager.", "da",
     {("Vestjysk Fiskemel A.m.b.a.", "ORG")}, {"Vestjysk Fiskemel"}),
    ("Kommunen vil hjælpe. Landdistrikternes Fællesråd har tilbudt at hjælpe, oplyser formanden, Steffen Bro.",
     "da",
     {("Landdistrikternes Fællesråd", "ORG")}, set()),
    ("- Det er en god dag, siger Sydslesvigsk Vælgerforenings formand, Gitte Hansen-Wolff.", "da",
     {("Sydslesvigsk Vælgerforenings", "ORG"), ("Gitte Hansen-Wolff", "PER")}, set()),
    ("Dommen mod Declan O'Brady faldt i går. O'Bradys advokat vil anke.", "da",
     {("Declan O'Brady", "PER"), ("O'Bradys", "PER")}, set()),
    ("Det siger formand for borgerforeningen Karen-Marie Ravn til avisen.", "da",
     {("Karen-Marie Ravn", "PER")}, set()),
    ("Members of Friends of the Kennet met on Sunday.", "en", {("Friends of the Kennet", "ORG")}, {"Kennet"}),
    ("She studied at the University of the West and Islands before moving.", "en",
     {("University of the West and Islands", "ORG")}, {"University"}),
    ("She now teaches at King's College London and lives in Bishop's Stortford.", "en",
     {("King's College London", "ORG"), ("Bishop's Stortford", "LOC")}, {"King", "Bishop"}),
    ("Pupils in Newton Abbot and Stoke-on-Trent took a language.", "en", {("Stoke-on-Trent", "LOC")}, set()),
    ("Patrick Doyle, 52, of Woodford Green, traded as a builder.", "en",
     {("Patrick Doyle", "PER"), ("Woodford Green", "LOC")}, set()),
    ("A helicopter from HM Coastguard joined the search.", "en", {("HM Coastguard", "ORG")}, set()),
    ("GRIMSBY. Humber Vale Water has been fined. District Judge Felicity Amankwah-Boyd said the firm lied.", "en",
     {("Felicity Amankwah-Boyd", "PER")}, {"District Judge Felicity Amankwah-Boyd"}),
    ("The minister told Holyrood that the deal was poor.", "en", {("Holyrood", "ORG")}, set()),
    ("He traded as P.J. O'Keefe & Sons Ltd. He first appeared in March.", "en",
     {("P.J. O'Keefe & Sons Ltd", "ORG")}, set()),
])
def test_probe22_forms(text: str, language: str, wanted: set[tuple[str, str]], unwanted: set[str]) -> None:
    found = _names(text, language)
    assert wanted <= found, f"missing {wanted - found} in {sorted(found)}"
    assert not unwanted & {name for name, _label in found}


def test_town_named_again_at_a_sentence_opening() -> None:
    """The tagger types the dateline "BRØRUP" a body and "Brørup" a place: once one type is settled,
    the town's other mentions (opening a sentence, in the genitive) are found too."""
    text = "\n\n".join((
        "Svømmehallen i Brørup lukker",
        "BRØRUP: Svømmehallen i Brørup lukker til nytår. Det har et flertal i byrådet i Vejen Kommune "
        "besluttet. Brørup mister dermed sin eneste svømmehal, og skolebørnene skal fremover med bus til "
        "Vejen eller Holsted.",
        "Brørup har kæmpet for hallen i fire år. Brørups borgerforening samlede 3.100 underskrifter, og "
        "en støtteforening, Brørup Svømmehals Venner, tilbød at drive hallen selv.",
        "- Brørup bliver ved med at vokse, men nu tager man det, der samler byen, siger formand for "
        "borgerforeningen Inger-Marie Sloth.",
        "Borgmester Aksel Brinch (V) siger, at en ny hal i Vejen vil komme hele kommunen til gavn, også Brørup.",
    ))  # (article da 141 of tests/ner_articles, the team's own)
    found = [(e.text, e.label.value) for e in analyze(text, "da").entities if e.text.startswith("Brørup")]
    assert found.count(("Brørup", "LOC")) == 6 and ("Brørups", "LOC") in found


def test_list_of_villages() -> None:
    found = _names("Residents of Winterton-on-Sea, Hobbley and Scratbury will meet on Thursday.", "en")
    assert {("Hobbley", "LOC"), ("Scratbury", "LOC")} <= found


def test_name_found_twice_is_found_again() -> None:
    text = ("Marlow Brook Water was fined on Tuesday. The court heard that Marlow Brook Water ignored alarms. "
            "Marlow Brook Water admitted the offences. Marlow Brook Water said it was sorry.")
    found = [(e.start, e.label.value) for e in analyze(text, "en").entities if e.text == "Marlow Brook Water"]
    assert len(found) == 4 and len({label for _s, label in found}) == 1


def test_switch_off_leaves_names_as_they_were(monkeypatch: pytest.MonkeyPatch) -> None:
    from reader.analysis import forms22

    text = "A helicopter from HM Coastguard joined the search near Stoke-on-Trent."
    on = _names(text, "en")
    monkeypatch.setattr(forms22, "ON", False)
    off = _names(text, "en")
    assert ("HM Coastguard", "ORG") in on and on != off
