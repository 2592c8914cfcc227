"""The person on a press release's contact line is a person (reader.analysis.contact_lines)."""

from reader.analysis import analyze
from reader.analysis.contact_lines import contact_people
from reader.model import EntityLabel


def _people(text: str, language: str) -> list[str]:
    return [e.text for e in analyze(text, language).entities if e.label is EntityLabel.PER]


def test_a_contact_line_with_a_number_after_the_name() -> None:
    text = ("The lifeboat station reopens on Saturday, said station manager Idris Mabey.\n\nENDS\n\n"
            "Media contact: Carys Welland, 07700 900 327\n")
    assert "Carys Welland" in _people(text, "en")


def test_a_contact_line_with_a_role_in_brackets() -> None:
    text = "The lifeboat station reopens on Saturday.\n\nContact: Carys Welland (press officer)\n"
    assert "Carys Welland" in _people(text, "en")


def test_only_names_nobody_found_and_no_ordinary_words() -> None:
    text = "Press contact: Hallam Mutual, 0161 496 0000\nContact: Pia Rask\n"
    spans = [(text.index("Pia"), text.index("Pia") + 8, "PER")]
    vocab = {"mutual": "L"}
    assert contact_people(text, spans, vocab) == spans
    assert contact_people("Contact: Tove Skaarup on 0161 496 0000", [], {}) == [(9, 21, "PER")]
