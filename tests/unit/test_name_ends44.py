"""No name the tagger finds ends in a joining word (reader.analysis.names.model_names, stop 44)."""

from reader.analysis import analyze


def test_no_name_ends_in_a_joining_word() -> None:
    found = [e.text for e in analyze("Prices would fall, while the NHS and HMRC warned of delays.", "en").entities]
    assert "NHS" in found and not any(t.endswith((" and", " of", " the")) for t in found), found
