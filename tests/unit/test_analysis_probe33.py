"""probe33's fixes, each on sentences of my own (docs/log/probe33.md)."""

import pytest

from reader.analysis import analyze, names_forms33


def _names(text: str, lang: str) -> list[tuple[str, str]]:
    return [(e.text, e.label.value) for e in analyze(text, lang).entities if e.label.value in ("PER", "ORG", "LOC")]


# English (names_forms33.english)

def test_partners_without_a_legal_form_are_a_firm() -> None:
    text = "The village bus is run by Masons & Sons under contract to Shropshire Council."
    assert ("Masons & Sons", "ORG") in _names(text, "en")


def test_councillors_listed_after_cllrs_are_people() -> None:
    text = "Present were Cllrs A. Rowbotham, K.L. Pettifer, Joan Ashby and T. McAlinden, with the clerk."
    names = _names(text, "en")
    for person in ("A. Rowbotham", "K.L. Pettifer", "Joan Ashby", "T. McAlinden"):
        assert (person, "PER") in names
    assert not any(name.startswith("Cllrs") for name, _label in names)


def test_a_firm_ends_at_its_legal_form_before_of_a_place() -> None:
    text = "Pies made by Kelderby Bakery Ltd of Market Weighton were taken off the shelves."
    names = _names(text, "en")
    assert ("Kelderby Bakery Ltd", "ORG") in names
    assert ("Market Weighton", "LOC") in names


def test_a_firm_less_its_legal_form_is_the_firm() -> None:
    text = ("Anna Blythe and Mark Tennant of accountancy firm Pellinghurst Orde LLP were appointed on Monday.\n\n"
            '"Sales fell by half," said Tennant, a partner at Pellinghurst Orde.')
    names = _names(text, "en")
    assert ("Pellinghurst Orde LLP", "ORG") in names
    assert ("Pellinghurst Orde", "ORG") in names


def test_a_family_named_by_its_surname_is_a_person() -> None:
    text = "The quarry was run by the Ackroyd family for a hundred years before it closed."
    assert ("Ackroyd", "PER") in _names(text, "en")


def test_a_village_keeps_its_prefix() -> None:
    text = "Great Hasely Parish Council has voted to close the Great Hasely bus shelter."
    names = _names(text, "en")
    assert ("Great Hasely Parish Council", "ORG") in names
    assert ("Great Hasely", "LOC") in names


def test_a_prefix_that_was_a_name_of_its_own_is_read_in() -> None:
    text = "He wrote a play about Long John Silver and set it in Great Yarmouth."
    names = _names(text, "en")
    assert ("Long John Silver", "PER") in names
    assert ("Great Yarmouth", "LOC") in names
    assert ("Long", "PER") not in names


def test_a_choir_named_by_its_town_and_a_town_hall() -> None:
    text = "SUNDAY: The Keynsham Male Voice Choir joins the Portishead Community Choir for carols at Portishead Hall, 3pm."
    names = _names(text, "en")
    assert ("Keynsham Male Voice Choir", "ORG") in names
    assert ("Portishead Community Choir", "ORG") in names
    assert ("Portishead Hall", "LOC") in names


def test_rules_off_restore_the_old_spans() -> None:
    text = "The village bus is run by Masons & Sons under contract to Shropshire Council."
    names_forms33.ON = False
    try:
        assert ("Masons & Sons", "ORG") not in _names(text, "en")
    finally:
        names_forms33.ON = True


# Danish (names_forms33.danish)

def test_brdr_is_part_of_the_firm() -> None:
    text = "I går blev Brdr. Kjølbye & Søn A/S solgt til en konkurrent fra Horsens."
    names = _names(text, "da")
    assert ("Brdr. Kjølbye & Søn A/S", "ORG") in names
    assert not any(name == "Brdr" for name, _label in names)


def test_a_committee_opening_a_sentence_is_a_body() -> None:
    text = "Kulturudvalget havde indstillet, at tilskuddet blev halveret."
    assert ("Kulturudvalget", "ORG") in _names(text, "da")


@pytest.mark.parametrize("firm", ["Skagerrak Line", "Nordsø Line"])
def test_a_ferry_line_is_a_firm(firm: str) -> None:
    text = f"Hverken rederiet DFDS eller {firm} vil kommentere den nye rute til Norge."
    assert (firm, "ORG") in _names(text, "da")


def test_a_driver_after_kusk_is_a_person_everywhere() -> None:
    text = ("Eyvind Torsæter vandt igen.\n\n"
            "Løbet blev vundet af Mira Vest med kusk Eyvind Torsæter i sulkyen.")
    names = _names(text, "da")
    assert names.count(("Eyvind Torsæter", "PER")) == 2


def test_a_racecourse_is_a_place() -> None:
    text = ("Der var fuldt hus på Fyns Væddeløbsbane søndag.\n\n"
            "Resultater, Fyns Væddeløbsbane, søndag: 1) Mira Vest.")
    names = _names(text, "da")
    assert names.count(("Fyns Væddeløbsbane", "LOC")) == 2


# A surname's genitive is the person named in full (canonical)

def test_a_genitive_surname_is_the_person_named_in_full() -> None:
    text = ("Sejren gik til kusk Hanne Brøndsted fra Skive.\n\n"
            "Det er 31-årige Brøndsteds tredje sejr i år.")
    entities = [e for e in analyze(text, "da").entities if e.text == "Brøndsteds"]
    assert [e.canonical for e in entities] == ["Hanne Brøndsted"]


# A bare definite noun as speaker is the body (quote_bare_bodies)

def test_a_bare_body_noun_as_speaker_is_the_body() -> None:
    text = ("Miljøstyrelsen advarer mod at spise muslinger fra fjorden.\n\n"
            "Kontorchef i Miljøstyrelsen, Ulla Fenbæk Sand, siger, at prøverne er dårlige.\n\n"
            "- Vi tager nye prøver i næste uge, siger hun.\n\n"
            "»Kog aldrig muslinger, der allerede er åbne,« lyder rådet fra styrelsen.")
    quotes = analyze(text, "da").quotes
    assert [q.speaker for q in quotes] == ["Ulla Fenbæk Sand", "Miljøstyrelsen"]
