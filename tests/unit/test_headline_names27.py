"""A headline's opening word is no name on its own account, the headline finds a dateline's place
by its running-case form, and a building's name stays whole where the story writes its kind in lower
case (the sample museum story, written again in other words)."""

from reader.analysis import analyze

BODY = (
    "STOKE, England — The Burslem Clay Museum reopened to the public on Saturday, 20 months after a "
    "storm tore off its roof.\n\nThe museum's collection of teapots has moved upstairs, said its "
    "director, Ann Pole."
)


def _names(entities):
    return [(e.text, e.label.value) for e in entities if e.label.value in ("PER", "ORG", "LOC")]


def test_a_headline_opening_with_a_common_noun_names_nothing():
    for title in ("Museum reopens after roof repairs", "Stone hospital to close in spring"):
        assert _names(analyze(BODY, language="en", title=title).title_entities) == []


def test_a_headline_opening_with_a_name_keeps_it():
    result = analyze(BODY, language="en", title="Pole hopes for 50,000 visitors")
    assert ("Pole", "PER") in _names(result.title_entities)


def test_the_headline_finds_the_datelines_place_in_running_case():
    result = analyze(BODY, language="en", title="Fears for Stoke museum eased")
    assert ("Stoke", "LOC") in _names(result.title_entities)


def test_a_building_name_stays_whole_beside_its_kind_in_lower_case():
    text = "River gallery reopens.\n\nThe River Glass Gallery reopened on Friday. The gallery shows local glass."
    assert ("River Glass Gallery", "ORG") in _names(analyze(text, language="en").entities)


def test_a_building_name_that_goes_on_is_left_to_the_tagger():
    from reader.analysis.en_facilities27 import facilities

    text = "She saw the Metropolitan Museum of Art and the Gothic Revival Cathedral Building."
    assert facilities(text, []) == []
    assert facilities("Fans met at the Marsh Lane Stadium.", []) == [(16, 34, "LOC")]


def test_an_owner_before_a_building_is_no_part_of_its_name():
    from reader.analysis.en_facilities27 import facilities

    assert not any(s < 14 for s, _e, _l in facilities("He saw Leeds's Kirk Glass Gallery.", []))
    assert facilities("She works at St Aldhelm's Hospital now.", []) == [(13, 34, "ORG")]
