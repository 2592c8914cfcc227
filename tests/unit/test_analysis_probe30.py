"""probe30's fixes, each on sentences of my own (docs/log/probe30.md)."""

from reader.analysis import analyze


def _names(text: str, lang: str) -> list[tuple[str, str]]:
    return [(e.text, e.label.value) for e in analyze(text, lang).entities if e.label.value in ("PER", "ORG", "LOC")]


def test_danish_short_form_after_comma_and_its_genitive() -> None:
    text = ("Aarhus Universitetshospital, AUH, lukker en sengeafdeling i weekenderne.\n\n"
            "AUHs direktør siger, at der mangler sygeplejersker.")
    names = _names(text, "da")
    assert ("AUH", "ORG") in names
    assert ("AUHs", "ORG") in names


def test_danish_name_cut_before_its_short_form_is_stretched() -> None:
    text = "Ifølge Skatteministeriets Analyse- og Prognoseenhed, SAP, falder indtægterne i år."
    names = _names(text, "da")
    assert ("Skatteministeriets Analyse- og Prognoseenhed", "ORG") in names
    assert ("SAP", "ORG") in names


def test_english_mixed_case_short_form_in_brackets() -> None:
    text = "The Board of Marine Pilots (BoMP) will meet on Monday. The board has four members."
    assert ("BoMP", "ORG") in _names(text, "en")


def test_english_short_form_used_again_is_found_again() -> None:
    text = ("The Fenland Water Authority (FWA) has opened two pumping stations.\n\n"
            "Speaking on Tuesday, the FWA's chief engineer said the pumps were running.")
    assert _names(text, "en").count(("FWA", "ORG")) == 2


def test_danish_fact_box_lines_are_no_quotes() -> None:
    text = ("Færgen sejler igen fra mandag, oplyser rederiet.\n\n"
            "FAKTA: Færgeruten\n"
            "- Ruten har fire daglige afgange.\n"
            "- Overfarten tager 40 minutter.\n"
            "- Kilde: Rederiet.")
    assert analyze(text, "da").quotes == ()


def test_body_with_short_form_in_brackets_speaks() -> None:
    text = ("The river rose again overnight.\n\n"
            'The Fenland Drainage Board (FDB) said it was "checking every pump on the river".')
    assert [q.speaker for q in analyze(text, "en").quotes] == ["Fenland Drainage Board"]


def test_he_goes_to_sir_in_apposition_not_to_the_description() -> None:
    text = ("The prize was given on Monday.\n\n"
            "The chair of the panel, the engineer Sir Robin Gatterley, praised the winning design.\n\n"
            '"It is clever and it is cheap," he said.')
    assert [q.speaker for q in analyze(text, "en").quotes] == ["Robin Gatterley"]


def test_title_with_its_field_is_cut_off_the_person() -> None:
    text = 'Minister for Coastal Affairs Mette Sandvad told reporters the harbour would reopen.'
    names = _names(text, "en")
    assert ("Mette Sandvad", "PER") in names
    assert not any(label == "PER" and "Coastal" in name for name, label in names)


def test_danish_name_with_ampersand_is_a_body() -> None:
    names = _names("Broen er lukket. Sund & Bælt oplyser, at den åbner i aften.", "da")
    assert ("Sund & Bælt", "ORG") in names


def test_place_a_spokesperson_speaks_for_is_a_body() -> None:
    names = _names("The talks ended late. A spokesperson for Lambeth Palace declined to comment.", "en")
    assert ("Lambeth Palace", "ORG") in names


def test_prize_is_no_person() -> None:
    names = _names("She won the Hilda Markham Award last year. The Ruth Padel Prize goes to a poet.", "en")
    assert not any(label == "PER" and name.endswith("Prize") for name, label in names)


def test_river_named_once_in_full_is_a_place_alone_too() -> None:
    text = "Homes were evacuated along the River Wensum. By noon the Wensum had burst its banks at Hellesdon."
    assert ("Wensum", "LOC") in _names(text, "en")
