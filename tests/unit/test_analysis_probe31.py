"""probe31's fixes, each on sentences of my own (docs/log/probe31.md)."""

from reader.analysis import analyze


def _names(text: str, lang: str) -> list[tuple[str, str]]:
    return [(e.text, e.label.value) for e in analyze(text, lang).entities if e.label.value in ("PER", "ORG", "LOC")]


def test_counsel_speaking_of_the_defendant_keeps_her_own_sex() -> None:
    text = ("Defending, Marisol Quenby said he had lost his job in the spring.\n\n"
            '"He is ashamed of what he did and wants to pay the money back," she told the court.')
    quotes = analyze(text, "en").quotes
    assert len(quotes) == 1
    assert quotes[0].speaker == "Marisol Quenby"


def test_detective_constable_rank_stays_outside_the_name() -> None:
    text = "After the hearing, Det Con Gethin Alderdice said the van had been recovered."
    names = _names(text, "en")
    assert ("Gethin Alderdice", "PER") in names
    assert not any(n.startswith("Con ") for n, _ in names)


def test_short_form_before_spokesperson_is_a_body() -> None:
    text = "The bridge reopened at noon. An RNLI spokeswoman said the crew had been called out twice."
    assert ("RNLI", "ORG") in _names(text, "en")


def test_league_is_a_body() -> None:
    text = "Halford United beat Kestle Town 2-0 on Saturday and move up to fifth in League Two."
    assert ("League Two", "ORG") in _names(text, "en")


def test_score_line_names_are_clubs() -> None:
    text = ("Torrington Albion 1-3 Wexcombe Harriers: Jordan double\n\n"
            "Wexcombe Harriers came from behind to beat Torrington Albion at Castle Meadow.")
    names = _names(text, "en")
    assert names.count(("Torrington Albion", "ORG")) == 2
    assert ("Torrington Albion", "PER") not in names


def test_substitute_before_a_player() -> None:
    text = "Substitute Kian Ellery-Moss headed the equaliser with four minutes left."
    assert ("Kian Ellery-Moss", "PER") in _names(text, "en")


def test_place_named_a_and_b_after_its_council() -> None:
    text = ("Bins in Redcar and Cleveland will be emptied every three weeks from March, "
            "Redcar and Cleveland Council said.")
    assert ("Redcar and Cleveland", "LOC") in _names(text, "en")


def test_danish_lawyer_is_a_person_not_a_firm() -> None:
    text = "Forsvareren, advokat Bjarke Tønnesen Glerup, vil ikke udtale sig om sagen."
    assert ("Bjarke Tønnesen Glerup", "PER") in _names(text, "da")


def test_danish_given_name_after_a_bank_is_read_into_the_person() -> None:
    text = "Cheføkonom i Nykredit Rikke Vestbjerg Trolle venter flere renteændringer."
    assert ("Rikke Vestbjerg Trolle", "PER") in _names(text, "da")


def test_danish_european_road_is_a_place() -> None:
    text = "Trafikken holder stille på motorvejen E20 ved Kolding efter et uheld."
    assert ("E20", "LOC") in _names(text, "da")
