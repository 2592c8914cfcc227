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
