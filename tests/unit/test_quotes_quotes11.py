"""Patterns the English tuning part tune7 (GUM documents outside v6) showed, in sentences written
for the test (quotes11)."""

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
            'the last recruits on the square.\n\n"Right, listen up," he said.\n')
    assert _quotes(text) == [("Right, listen up", "their old sergeant")]


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
    text = ("Odder. Politiet ledte hele natten.\n\n- Han bliver snart fundet, sagde han roligt, - og det er godt for alle.\n\n"
            "- De unge, siger hun, skal have et sted at være.\n\n- Vi vandt, siger Jens Hansen, formand for klubben.")
    assert _quotes(text, "da") == [
        ("Han bliver snart fundet", None), ("og det er godt for alle.", None),
        ("De unge", None), ("skal have et sted at være.", None), ("Vi vandt", "Jens Hansen"),
    ]


def test_danish_description_ends_before_the_hearing_it_spoke_in() -> None:
    text = "Odder. Sagen kom for retten i går.\n\n»Jeg ville bare skræmme ham,« forklarede den 23-årige i retten."
    assert _quotes(text, "da") == [("Jeg ville bare skræmme ham", "den 23-årige")]


def test_danish_som_x_udtrykker_det_before_a_quotation_names_its_speaker() -> None:
    text = ("Odder. Banken tabte penge i år.\n\nOverskuddet faldt, og egenkapitalen kom - som Lise Holm udtrykker det - "
            "»tættere på bunden, end vi bryder os om«.")
    assert _quotes(text, "da") == [("tættere på bunden, end vi bryder os om", "Lise Holm")]


def test_a_name_in_the_genitive_before_a_role_and_a_first_name_owns_the_role() -> None:
    text = "Odder. Han er kommet hjem fra sygehuset.\n\n»Han har det meget bedre nu,« siger Peter Larsens lillesøster Sofie."
    assert _quotes(text, "da") == [("Han har det meget bedre nu", "Sofie")]


def test_a_short_capitalised_quotation_right_after_say_comma_is_a_quote() -> None:
    text = 'Walk in first. When the doors close, say, "Hold on tight," and smile at the others.\n'
    assert [q for q, _ in _quotes(text)] == ["Hold on tight"]
