"""Patterns the fresh gold set (v6, tune6 part) showed, in sentences written for the test: Danish
"udbrød" and "kommenterede" report speech, a dash quote resumed after its attribution (", grinede
Hanne Berg, - men ...") is a second quote of the same person, and a manner word in -ende after a
Danish description is no part of it ("siger den 31-årige lærer smilende"); the one spoken for
("på vegne af", "on behalf of") is no speaker, a name right after a Danish description is ("det lokale
ugeblad Vejle Amts Avis"), and "I følge" is "ifølge"; in English dialogue, a run of bare turns that no
turn of its own attributes goes back and forth between its first speaker and the scene's other voice;
'declared it "unreadable"' is a partial quote, a possessor ("Tom Reed's paper") is no subject of
the verb after it, and a title after "proclaiming himself" is no quote; two joined names ("Berg and
Okafor taught it.") are no subject to take the next turn, and in a story told in the first person a
quotation opening the paragraph after the writer's own turn is the scene's other voice; Danish "»...«,
som han udtrykker det" attributes a partial quote as "as X put it" does; words quoted as words
('"Come back later" meant never') are no quote; a short Danish sentence in quotation marks alone
in its paragraph is a quote, as in English."""

from __future__ import annotations

from reader.analysis.pipeline import analyze


def _quotes(text: str, language: str = "da") -> list[tuple[str, str | None]]:
    return [(text[q.start:q.end], q.speaker) for q in analyze(text, language).quotes]


def test_udbroed_and_kommenterede_attribute_a_quotation() -> None:
    text = ("Odder. Festen sluttede brat.\n\n- Det er for sent, udbrød Hanne Berg og gik.\n\n"
            "Byrådet stemte nej.\n\n»Det er en trist dag,« kommenterede Jens Holm.")
    assert _quotes(text) == [("Det er for sent", "Hanne Berg"), ("Det er en trist dag", "Jens Holm")]


def test_a_dash_quote_resumed_after_its_attribution_is_a_second_quote_of_the_speaker() -> None:
    text = ("Odder. Hanne Berg var på stranden.\n\n- Det er koldt, grinede Hanne Berg, - men vandet er fint.\n\n"
            "- Vi vandt, siger Jens Hansen - formand for klubben.")
    assert _quotes(text) == [("Det er koldt", "Hanne Berg"), ("men vandet er fint.", "Hanne Berg"),
                             ("Vi vandt", "Jens Hansen")]


def test_a_manner_word_after_a_danish_description_is_left_out() -> None:
    text = ("Odder. Festen sluttede.\n\n»Der var for mange mennesker,« siger den 31-årige lærer smilende.\n\n"
            "»Jeg gik tidligt,« siger den 23-årige studerende.")
    assert _quotes(text) == [("Der var for mange mennesker", "den 31-årige lærer"),
                             ("Jeg gik tidligt", "den 23-årige studerende")]


def test_the_one_spoken_for_is_no_speaker_and_a_name_after_a_description_is() -> None:
    text = ("Vejle. Dronning Margrethe fylder år.\n\n»Tillykke med dagen!« skrev det lokale ugeblad "
            "Vejle Amts Avis på vegne af dronning Margrethe.")
    assert _quotes(text) == [("Tillykke med dagen!", "Vejle Amts Avis")]
    assert _quotes('"We will appeal," said a lawyer on behalf of Tom Reed.', "en") == [("We will appeal", "a lawyer")]


def test_i_foelge_in_two_words_attributes_like_ifoelge() -> None:
    text = "Vejle. Jens Holm har set skoven.\n\nI følge Jens Holm er skoven nu »et trist syn«."
    assert _quotes(text) == [("et trist syn", "Jens Holm")]


def test_an_untagged_run_of_bare_turns_alternates_with_the_scenes_other_voice() -> None:
    text = ('Mara Quinn sat on the porch. Tom Ellis came up the steps.\n\n"Is she home?" Tom asked.\n\n'
            '"No," Mara said. She looked at the road.\n\nTom sat down beside her.\n\n"So you waited all day."\n\n'
            '"Yes."\n\n"Without a word from her."\n\n"None."')
    assert [who for _, who in _quotes(text, "en")] == ["Tom Ellis", "Mara Quinn", "Tom Ellis", "Mara Quinn",
                                                       "Tom Ellis", "Mara Quinn"]


def test_a_word_declared_is_a_partial_quote_and_a_possessor_is_no_subject() -> None:
    text = "Ann Lee read Tom Reed's paper and declared it \"unreadable\"."
    assert _quotes(text, "en") == [("unreadable", "Ann Lee")]
    assert _quotes("Ann Lee read Tom Reed's report and said: \"It is wrong.\"", "en") == [("It is wrong.", "Ann Lee")]


def test_a_title_someone_proclaims_for_himself_is_no_quote() -> None:
    text = ('In 1859 Tom Reed lost patience and sent letters to every newspaper in the town, proclaiming himself '
            '"Protector of these Northern Counties":\n\nAt the wish of the people, I name myself Protector.')
    assert _quotes(text, "en") == []


def test_two_joined_names_are_no_subject_and_after_the_writers_turn_the_other_voice_speaks() -> None:
    scene = ('"Do you teach here?" she asked.\n\n"No," I said. Berg and Okafor taught the older children.\n\n'
             '"Then why are you here?"')
    text = "I sat with Mira Holt on the steps of the old school. I had not slept, and I was tired.\n\n" + scene
    assert [who for _, who in _quotes(text, "en")] == ["Mira Holt", None, "Mira Holt"]
    text = ('Mira Holt and Tom Reed walked to the old school.\n\n"Do you teach here?" Mira asked.\n\n"No," Tom said.\n\n'
            'Berg and Okafor taught the older children.\n\n"Then why are you here?"')
    assert [who for _, who in _quotes(text, "en")] == ["Mira Holt", "Tom Reed", None]


def test_som_han_udtrykker_det_attributes_a_partial_quote() -> None:
    text = ("Vejle. Borgmester Jens Holm har haft et hårdt år.\n\n"
            "Støtten hjælper ham gennem »en vanskelig tid«, som han udtrykker det.")
    assert [(t, who, q.kind) for (t, who), q in zip(_quotes(text), analyze(text, "da").quotes)] == [
        ("en vanskelig tid", "Jens Holm", "partial")]


def test_words_quoted_as_words_are_no_quote() -> None:
    text = '"Come back later," she said. "Come back later" meant never, and we both knew it.'
    assert [t for t, _ in _quotes(text, "en")] == ["Come back later"]
    text = '"We will win," he said. "We will win" is a phrase we hear a lot.'
    assert [t for t, _ in _quotes(text, "en")] == ["We will win"]


def test_a_short_danish_sentence_in_quotation_marks_alone_in_its_paragraph_is_a_quote() -> None:
    text = "Vejle. Holdet tabte 0-3 til Brøndby.\n\n»Aldrig igen!«\n\nTræner Jens Holm var skuffet."
    assert [t for t, _ in _quotes(text)] == ["Aldrig igen!"]
    text = "Vejle. Holdet tabte 0-3 til Brøndby.\n\n»Ren luft«\n\nTræner Jens Holm var skuffet."
    assert _quotes(text) == []
