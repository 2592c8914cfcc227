"""Attack23: this morning's rules on text they were not written for. Danish surnames that are also
the heads of place names ("Anders Fjord", "Lis Næs") stay people; "Jens Peter Hotel" is a person;
"siger den 41-årige" after "Lene Dahl er 41 år" is she; "the Scot" with two
Scots is the one named last; "he added" after another man reported in the paragraph before is
his. Each text written for this test."""

from __future__ import annotations

from reader.analysis import analyze


def _types(text: str, lang: str = "da") -> dict[str, str]:
    return {e.text: e.label.value for e in analyze(text, lang).entities}


def _speakers(text: str, lang: str) -> list[str | None]:
    return [q.speaker for q in analyze(text, lang).quotes]


def test_a_given_name_and_a_surname_that_heads_places_is_a_person() -> None:
    types = _types(
        "Byrådsmedlem Anders Fjord (S) og rådmand Lis Næs (K) var uenige om den nye sti langs Vejle Fjord. "
        "Den hollandske forsker Jan Bakker og hans kollega Marianne Ravn Bakker har målt vandet."
    )
    for name in ("Anders Fjord", "Lis Næs", "Jan Bakker", "Marianne Ravn Bakker"):
        assert types.get(name) == "PER", (name, types)
    assert types.get("Vejle Fjord") == "LOC"


def test_given_names_before_a_body_word_are_a_person() -> None:
    types = _types(
        "Hotellet i Odense er solgt. Direktør Jens Peter Hotel har købt det, og datteren skal drive køkkenet "
        "på Hvidsten Kro."
    )
    assert types.get("Jens Peter Hotel") == "PER", types
    assert types.get("Hvidsten Kro") == "ORG", types


def test_the_41_year_old_is_not_the_one_whose_age_is_52() -> None:
    text = (
        "Ny assistent i klubben\n\n"
        "Mette Bruun, 41, bliver ny assistenttræner for klubbens førstehold.\n\n"
        "Cheftræner Lars Holm, 52, glæder sig over hjælpen.\n\n"
        "- Vi kender hinanden godt fra ungdomsårene, siger den 41-årige.\n"
    )
    assert _speakers(text, "da") == ["Mette Bruun"]


def test_the_41_year_old_whose_age_was_given_with_er_41_aar() -> None:
    text = (
        "Naboer klager over støj\n\n"
        "Lene Dahl er 41 år og har boet på vejen i ti år.\n\n"
        "Hendes nabo Per Friis har klaget til kommunen flere gange.\n\n"
        "»Det er værst om natten. Man kan ikke sove,« siger den 41-årige.\n"
    )
    assert _speakers(text, "da") == ["Lene Dahl"]


def test_the_scot_with_a_compatriot_named_last_is_the_compatriot() -> None:
    text = (
        "Lamb falls short in Dubai\n\n"
        "Scotland's Euan Reid won the Desert Classic on Sunday, two shots ahead of his compatriot Fraser Lamb.\n\n"
        "Lamb, who had led after three rounds, dropped four shots on the back nine.\n\n"
        '"I threw it away on the 15th and I know it," the Scot said.'
    )
    assert _speakers(text, "en") == ["Fraser Lamb"]


def test_the_dane_with_two_danes_is_the_one_the_story_turned_to() -> None:
    text = (
        "Rovers beat City\n\n"
        "Danish midfielder Mads Holm scored twice as Rovers beat City 3-1. City's goal came from the Dane Jonas Krag.\n\n"
        "Holm was delighted.\n\n"
        '"Two goals in my first home game, it does not get better," said the Dane.'
    )
    assert _speakers(text, "en") == ["Mads Holm"]



def test_the_41_year_old_among_two_trainers_is_the_one_aged_41() -> None:
    # "Mette Sund" read as a place left "Lars Holm" the one person named (namesda22 and quotesda22 together)
    text = (
        "Nye trænere\n\n"
        "Lars Holm, 52, og Mette Sund, 41, skal fremover træne klubbens førstehold.\n\n"
        "- Vi kender hinanden godt fra ungdomsårene, siger den 41-årige.\n"
    )
    assert _speakers(text, "da") == ["Mette Sund"]


def test_he_added_after_another_man_reported_in_the_paragraph_before() -> None:
    text = (
        "Bridge to close for repairs\n\n"
        '"The bridge is no longer safe for heavy lorries," said Alex Morgan, the county\'s bridge engineer.\n\n'
        "Council leader John Reed said repairs would start in May and last six weeks.\n\n"
        '"We have set aside two million pounds for the work," he added.'
    )
    assert _speakers(text, "en") == ["Alex Morgan", "John Reed"]


def test_he_added_after_a_paragraph_where_nobody_reports_goes_on() -> None:
    text = (
        "Shop saved\n\n"
        '"We thought we would have to close," said Sam Patel, who runs the shop.\n\n'
        "Local businessman Colin Marsh bought the building in June.\n\n"
        '"Now we can stay for another ten years," he added.'
    )
    assert _speakers(text, "en")[1] != "Colin Marsh"
