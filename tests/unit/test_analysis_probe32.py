"""probe32's fixes, each on sentences of my own (docs/log/probe32.md)."""

from reader.analysis import analyze


def _names(text: str, lang: str) -> list[tuple[str, str]]:
    return [(e.text, e.label.value) for e in analyze(text, lang).entities if e.label.value in ("PER", "ORG", "LOC")]


# Foreign given names (gaz_foreign_given)

def test_polish_given_names_make_people() -> None:
    text = "The festival opens on Friday with works by Grażyna Bacewicz and Wojciech Kilar."
    names = _names(text, "en")
    assert ("Grażyna Bacewicz", "PER") in names
    assert ("Wojciech Kilar", "PER") in names


def test_arabic_name_keeps_its_particle() -> None:
    text = "Finance Minister Khaled al-Zoubi said the budget would be cut by a fifth."
    assert ("Khaled al-Zoubi", "PER") in _names(text, "en")


def test_turkish_woman_opening_a_paragraph_is_she() -> None:
    text = ("Emine Yalçınkaya had worked at the port for twenty years.\n\n"
            '"Nobody told us anything," she said.')
    quotes = analyze(text, "en").quotes
    assert len(quotes) == 1
    assert quotes[0].speaker == "Emine Yalçınkaya"


def test_ukrainian_woman_with_her_age_is_a_person_and_speaks() -> None:
    text = ("Byens vandværk blev ramt i nat.\n\n"
            "Tetiana Moroz på 68 år bor alene på femte sal.\n\n"
            "- Vi har vand i spande og tæpper nok til en uge, siger hun til DR.")
    result = analyze(text, "da")
    assert ("Tetiana Moroz", "PER") in [(e.text, e.label.value) for e in result.entities]
    assert [q.speaker for q in result.quotes] == ["Tetiana Moroz"]


# names_forms32

def test_firm_before_its_ticker_is_a_body() -> None:
    text = "Shares in Halvergate Mining (HVG.L) fell 4% and Corrow Foods (CRF.L) rose 2% on Wednesday."
    names = _names(text, "en")
    assert ("Halvergate Mining", "ORG") in names
    assert ("Corrow Foods", "ORG") in names


def test_analysts_firm_is_a_body() -> None:
    text = '"Copper is cheap for a reason," said Ben Tollard, head of research at Quilter Cheviot.'
    assert ("Quilter Cheviot", "ORG") in _names(text, "en")


def test_academic_of_a_body_or_town_is_two_names() -> None:
    text = ('"The samples were clean," said Dr Ruth Okafor of Heriot-Watt, who led the study.\n\n'
            '"We need more of them," said Professor Tom Vance of Leeds.')
    result = analyze(text, "en")
    names = [(e.text, e.label.value) for e in result.entities]
    assert ("Ruth Okafor", "PER") in names and ("Heriot-Watt", "ORG") in names
    assert ("Tom Vance", "PER") in names and ("Leeds", "LOC") in names
    assert [q.speaker for q in result.quotes] == ["Ruth Okafor", "Tom Vance"]


def test_municipality_is_a_body() -> None:
    text = "The buses are run by a company owned by the Ankara Metropolitan Municipality."
    assert ("Ankara Metropolitan Municipality", "ORG") in _names(text, "en")


def test_journal_is_a_body() -> None:
    assert ("Cell Reports", "ORG") in _names("The results were published on Monday in the journal Cell Reports.", "en")
    assert ("Cell Reports", "ORG") in _names("Studiet er offentliggjort i tidsskriftet Cell Reports.", "da")


def test_analyst_after_hos_and_a_bank_is_a_person() -> None:
    text = "Aktiestrateg hos Jyske Bank Lise Fyhn Vittinghus kalder tallene svage."
    names = _names(text, "da")
    assert ("Jyske Bank", "ORG") in names
    assert ("Lise Fyhn Vittinghus", "PER") in names


def test_person_opening_with_a_role_apposition_speaks() -> None:
    text = ("Perpetua Quarrington-Vose, currency strategist at ING, was cautious.\n\n"
            '"Nobody expects a cut," she wrote in a note.')
    result = analyze(text, "en")
    assert ("Perpetua Quarrington-Vose", "PER") in [(e.text, e.label.value) for e in result.entities]
    assert [q.speaker for q in result.quotes] == ["Perpetua Quarrington-Vose"]


def test_transliterated_place_keeps_its_apostrophe() -> None:
    names = _names("Fighting was reported overnight near Sana'a and in the port of Mu'alla.", "en")
    assert ("Sana'a", "LOC") in names


def test_name_before_district_is_a_place() -> None:
    text = "She lives with her three children in the Bab al-Hadid district of the old city."
    assert ("Bab al-Hadid", "LOC") in _names(text, "en")


def test_worlds_largest_maker_is_a_body() -> None:
    names = _names("BYD, China's biggest carmaker, said sales rose by a fifth.", "en")
    assert ("BYD", "ORG") in names


def test_theatres_and_orchestras_are_bodies() -> None:
    text = ("The show transfers to the Royal Lyceum Theatre in Edinburgh in February.\n\n"
            "A concert will be given by the Royal Northern Sinfonia in March.")
    names = _names(text, "en")
    assert ("Royal Lyceum Theatre", "ORG") in names
    assert ("Royal Northern Sinfonia", "ORG") in names


def test_stock_index_is_no_name() -> None:
    names = _names("Uden for C25 var dagens vinder et lille selskab.", "da")
    assert not any(n == "C25" for n, _ in names)


def test_district_after_bydelen_is_a_place() -> None:
    assert ("Vila Nova", "LOC") in _names("Familien bor i bydelen Vila Nova i Porto.", "da")
