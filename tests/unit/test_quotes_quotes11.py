"""Patterns the tuning part tune7 (GUM documents outside gold v6, DDT train sentences 2000-4382)
showed, in sentences written for the test (quotes11): "X would just be like,"; "my oldest and
dearest friend" is one speaker; "As X so neatly put it" before a quotation; a description and any
verb in the past after a quotation closed by an ellipsis; he/she after a described person addresses
the others; "The tenants in their letter stated"; a short exclamation after "shouted" and a short
sentence after "say,"; Danish bedyrer and spår; a Danish dash quote resumed after a manner phrase or
a pronoun; "den 23-årige i retten"; "som X udtrykker det" before a quotation; "Peter Larsens
lillesøster Sofie"."""

from __future__ import annotations

from reader.analysis.pipeline import analyze


def _quotes(text: str, language: str = "en") -> list[tuple[str, str | None]]:
    return [(text[q.start:q.end], q.speaker) for q in analyze(text, language).quotes]


def test_would_be_like_quotes_what_someone_would_say() -> None:
    text = ('We talked about the new play. You would think that Karen Holt would just be like, '
            '"Oh, they ruined my script." She never said that.\n')
    assert _quotes(text) == [("Oh, they ruined my script.", "Karen Holt")]


def test_two_joined_modifiers_make_one_description() -> None:
    text = ('We walked home along the canal.\n\n"You have changed," said my oldest and dearest friend.\n')
    assert _quotes(text) == [("You have changed", "my oldest and dearest friend")]


def test_as_x_so_aptly_put_it_before_a_quotation_names_its_speaker() -> None:
    text = ('The film is old. As Maria Lund so neatly put it in her review, the film is a '
            '"long letter to a lost city".\n')
    assert _quotes(text) == [("long letter to a lost city", "Maria Lund")]


def test_a_description_and_any_verb_after_a_quotation_closed_by_an_ellipsis_speaks() -> None:
    text = ('Tom Reed waited on the quay with the other crews.\n\n"Adams! Baker! Cole ..." a voice called out '
            'above the wind. Reed held his breath.\n')
    assert _quotes(text) == [("Adams! Baker! Cole ...", "a voice")]


def test_he_after_a_described_person_addresses_the_others_is_that_person() -> None:
    text = ('Tom Reed waited with the others. As he checked his boots, their old sergeant had addressed '
            'the last recruits on the square.\n\n"All right, gather round," he said.\n')
    assert _quotes(text) == [("All right, gather round", "their old sergeant")]


def test_a_phrase_of_where_it_was_said_after_the_subject_is_no_speaker() -> None:
    text = ('The hearing opened late. The tenants in their letter stated they wanted, quote, '
            '"a fair hearing before any eviction."\n')
    assert _quotes(text) == [("a fair hearing before any eviction.", "The tenants")]


def test_a_short_exclamation_right_after_shouted_is_a_quote() -> None:
    text = ('The boys ran off down the lane. The tallest of them turned and shouted "Go home!" '
            'before he vanished round the corner.\n')
    assert [q for q, _ in _quotes(text)] == ["Go home!"]


def test_danish_skreg_fnisede_spaar_bedyrer_report_speech() -> None:
    text = ("Odder. Mødet sluttede sent.\n\n»Vi har intet med sagen at gøre,« bedyrer talsmand Jens Holm.\n\n"
            "»Næste år bliver det bedre,« spår Hanne Berg.")
    assert _quotes(text, "da") == [("Vi har intet med sagen at gøre", "Jens Holm"), ("Næste år bliver det bedre", "Hanne Berg")]


def test_danish_dash_quote_resumed_after_a_manner_phrase_or_a_pronoun() -> None:
    text = ("Odder. Politiet ledte hele natten.\n\n- Vi finder bilen i morgen, sagde hun roligt, - og så kan alle sove.\n\n"
            "- Børnene, siger hun, trænger til ro.\n\n- Vi vandt, siger Jens Hansen, formand for klubben.")
    assert _quotes(text, "da") == [
        ("Vi finder bilen i morgen", None), ("og så kan alle sove.", None),
        ("Børnene", None), ("trænger til ro.", None), ("Vi vandt", "Jens Hansen"),
    ]


def test_danish_description_ends_before_the_hearing_it_spoke_in() -> None:
    text = "Odder. Sagen kom for retten i går.\n\n»Det var et uheld,« forklarede den 23-årige i retten."
    assert _quotes(text, "da") == [("Det var et uheld", "den 23-årige")]


def test_danish_som_x_udtrykker_det_before_a_quotation_names_its_speaker() -> None:
    text = ("Odder. Banken tabte penge i år.\n\nOverskuddet faldt, og egenkapitalen kom - som Lise Holm udtrykker det - "
            "»lavere, end nogen havde ventet«.")
    assert _quotes(text, "da") == [("lavere, end nogen havde ventet", "Lise Holm")]


def test_a_name_in_the_genitive_before_a_role_and_a_first_name_owns_the_role() -> None:
    text = "Odder. Mormor er kommet hjem fra sygehuset.\n\n»Hun er glad for at være hjemme igen,« siger Peter Larsens lillesøster Sofie."
    assert _quotes(text, "da") == [("Hun er glad for at være hjemme igen", "Sofie")]


def test_a_short_capitalised_quotation_right_after_say_comma_is_a_quote() -> None:
    text = 'Walk in first. When the doors close, say, "Hold on tight," and smile at the others.\n'
    assert [q for q, _ in _quotes(text)] == ["Hold on tight"]
