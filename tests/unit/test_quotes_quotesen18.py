"""English dialogue with a described voice (quotesen18): the described newcomer of a scene owns
its turns ('Farid Haddou was painting his fence when a woman with a pram stopped at the gate.' /
'"Is the house for sale?"' / '"The fence is not."'), and "he"/"she" goes to the described person
whose sex fits rather than to a name whose sex the text does not show."""

from __future__ import annotations

from reader.analysis.descriptions import is_person_noun
from reader.analysis.pipeline import analyze


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in analyze(text, "en").quotes]


def test_a_described_newcomer_opens_the_exchange_and_turns_alternate() -> None:
    text = ("Farid Haddou was painting his fence when a woman with a pram stopped at the gate.\n\n"
            '"Is the house for sale?"\n\n"The fence is not."\n\n"Then I want the house."')
    assert _speakers(text) == ["a woman", "Farid Haddou", "a woman"]


def test_he_after_a_described_subject_in_the_paragraph_before() -> None:
    text = ("Ilse Brandt waited on the jetty with her bags.\n\n"
            "Just before noon the old locksmith came down the path with a key.\n\n"
            '"This opens the boathouse," he said.\n\n"And the gate?"\n\n"There is no lock on the gate."')
    assert _speakers(text) == ["the old locksmith", "Ilse Brandt", "the old locksmith"]


def test_he_goes_to_the_man_described_not_a_name_of_no_known_sex() -> None:
    text = ("Every evening the old fisherman mended his nets on the quay, and every evening Ilse Brandt "
            "brought him a flask.\n\n"
            '"Is that coffee?" he asked.\n\n"Tea, tonight."\n\n"You spoil me."')
    assert _speakers(text) == ["the old fisherman", "Ilse Brandt", "the old fisherman"]


def test_a_beat_he_goes_to_the_described_man_and_turns_before_it_alternate() -> None:
    text = ("The Workshop\n\n"
            "The carpenter wiped his hands on his apron and walked round the chair. Ilse Brandt followed him.\n\n"
            '"Who glued this leg?"\n\n"My brother did."\n\n'
            'He put the chair down and looked at her for a while. "Tell him to stop."')
    assert _speakers(text) == ["The carpenter", "Ilse Brandt", "The carpenter"]


def test_trade_nouns_ending_in_maker_or_keeper_name_a_person() -> None:
    assert is_person_noun("clockmaker") and is_person_noun("beekeeper") and is_person_noun("locksmith")


def test_a_run_of_plain_statements_is_not_handed_to_the_name_before() -> None:
    text = ("The barn on Hill Lane belongs to Tomasz Nowak, who was away at the time.\n\n"
            "Crews were called at midnight. A neighbour watched the roof go up in flames.\n\n"
            '"It lit up the whole valley."\n\n"We could feel the heat from our kitchen."\n\n'
            '"The horses were already out, thank God."')
    speakers = _speakers(text)
    assert speakers[0] == "A neighbour"
    assert "Tomasz Nowak" not in speakers


def test_a_question_after_reported_speech_is_not_the_teller_s() -> None:
    text = ("Ilse Brandt sat in the waiting room with a book.\n\n"
            "A porter sat down beside her. He told her he had worked nights for thirty years.\n\n"
            '"Did you like it?"\n\n"Mostly."')
    assert _speakers(text)[0] != "A porter"


def test_she_stays_with_a_woman_the_gazetteer_knows() -> None:
    text = ("Every evening the old fisherman mended his nets on the quay, and every evening Maria brought "
            "him a flask.\n\n"
            '"Is that coffee?" she asked.\n\n"Tea, tonight."')
    assert _speakers(text)[0] == "Maria"


def test_a_role_named_before_is_not_a_newcomer() -> None:
    text = ("The skipper, Brendan Coyle, has fished from Kilmore for forty years.\n\n"
            "At dawn the skipper climbed down into the hold with a torch.\n\n"
            '"Where is the leak?"\n\n"Under the engine."')
    assert "the skipper" not in _speakers(text)


def test_a_parent_called_by_the_family_word_takes_the_turns_between() -> None:
    text = ("Ruth Okoro let herself in at midnight. The kitchen light was still on.\n\n"
            '"Sorry, Dad."\n\n"Where have you been?"\n\n"At the library. I sent a message."\n\n"You did not."')
    assert _speakers(text) == ["Ruth Okoro", "Dad", "Ruth Okoro", "Dad"]


def test_a_family_word_called_leaves_a_run_with_a_tagged_turn_alone() -> None:
    text = ("Ruth Okoro let herself in at midnight. The kitchen light was still on.\n\n"
            '"Sorry, Dad."\n\n"Where have you been?" her brother asked.\n\n"At the library."')
    assert "Dad" not in _speakers(text)
