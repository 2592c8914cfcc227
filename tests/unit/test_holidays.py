"""Holidays and named days are no names (reader.analysis.holidays, stop 43)."""

from reader.analysis import analyze
from reader.model import EntityLabel

_NAMES = (EntityLabel.PER, EntityLabel.ORG, EntityLabel.LOC)


def _names(text: str, language: str) -> list[tuple[str, str]]:
    return [(e.text, e.label.value) for e in analyze(text, language).entities if e.label in _NAMES]


def test_english_days_cut_at_the_owner_are_no_people() -> None:
    text = ("The market in Penrith reopens on New Year's Day and stays shut on Mother's Day. "
            "Last year the stalls sold out on St Patrick's Day and on Valentine's Day, said Hazel Dunmore.")
    names = _names(text, "en")
    assert [n for n, _ in names] == ["Penrith", "Hazel Dunmore"]


def test_english_named_days_are_no_names_but_a_person_called_day_is() -> None:
    text = ("Veterans marched on Remembrance Day and again on Independence Day in Dover. "
            "Connie Day, who organised both parades, was thanked by the mayor.")
    names = [n for n, _ in _names(text, "en")]
    assert "Remembrance Day" not in names and "Independence Day" not in names
    assert "Connie Day" in names and "Dover" in names


def test_danish_holidays_are_no_places() -> None:
    text = ("Biblioteket i Tarm holder lukket på Grundlovsdag og Store Bededag. "
            "Til Kristi Himmelfartsdag kommer der flere gæster, siger Lene Bisgaard.")
    names = [n for n, _ in _names(text, "da")]
    assert names == ["Tarm", "Lene Bisgaard"]


def test_a_day_that_opens_a_longer_name_is_left_alone() -> None:
    text = "Koncerten holdes på Sankt Hans Torv i København, oplyser arrangøren."
    names = [n for n, _ in _names(text, "da")]
    assert "Sankt Hans Torv" in names
