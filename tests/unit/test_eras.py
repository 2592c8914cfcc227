"""Centuries and decades are whole dates, in English and Danish (not a year or a bare number)."""

import pytest

from reader.analysis import analyze


@pytest.mark.parametrize("language,text,era", [
    ("en", "The fair sells 18th-century clocks and chairs.", "18th-century"),
    ("en", "The mill was built in the 17th century by monks.", "17th century"),
    ("en", "Ferries were cheaper in the 1970s, he said.", "1970s"),
    ("en", "Nobody dressed like that in the ’60s.", "’60s"),
    ("da", "Kirken er fra 1400-tallet, oplyser menighedsrådet.", "1400-tallet"),
    ("da", "Det skete i løbet af 1980'erne.", "1980'erne"),
    ("da", "Hun voksede op i 70’erne på Fyn.", "70’erne"),
    ("da", "I det 12. århundrede lå her en borg.", "12. århundrede"),
])
def test_an_era_is_one_date(language, text, era):
    dates = [(e.text, e.label.value) for e in analyze(text, language=language).entities
             if e.label.value in ("DATE", "NUM")]
    assert (era, "DATE") in dates
    assert all(t == era or not (t in era) for t, _ in dates)  # no year or number cut out of it


def test_numbers_beside_eras_stay_numbers():
    dates = [(e.text, e.label.value) for e in analyze("Vi solgte 50 eller 60 stole.", language="da").entities]
    assert ("50 eller 60", "NUM") in dates
