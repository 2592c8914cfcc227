"""A thing's name set off after its noun is another name, not a person; a person's role is not."""

from reader.analysis import analyze


def _names(text):
    return [(e.text, e.label.value) for e in analyze(text, language="en").entities
            if e.label.value in ("PER", "ORG", "LOC", "MISC")]


def test_a_tools_name_after_its_noun_is_no_person():
    names = _names("The tool, Quillstack, sorts invoices by date. It was written by Ann Lee.")
    assert ("Quillstack", "MISC") in names
    assert ("Ann Lee", "PER") in names


def test_a_person_after_a_role_stays_a_person():
    assert ("Ann Lee", "PER") in _names("The driver, Ann Lee, was unhurt, police said.")
