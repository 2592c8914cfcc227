"""English quote speakers (quotesen20): "he/she said" after narrative about "he/she" that names
nobody is the person the text is about (title line or most named), not the last speaker of that
sex; a bare turn right before one that calls a speaker by first name is that speaker's."""

from __future__ import annotations

from reader.analysis.pipeline import analyze


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in analyze(text, "en").quotes]


def test_she_in_a_paragraph_about_her_is_the_subject_of_the_life() -> None:
    text = ("The diaries of Edith Crane\n\n"
            "The painter Edith Crane kept a diary for sixty years, and her cousin, Rosamund, kept the replies.\n\n"
            'Rosamund was the sensible one. "Buy a warmer coat and stop painting fog," she wrote in 1931.\n\n'
            'A dealer, Victor Hale, bought three canvases and called them "cold and honest work."\n\n'
            'Late in life she went back to the village once. Asked what she remembered, she said: '
            '"The smell of turpentine and rain."')
    assert _speakers(text)[-1] == "Edith Crane"


def test_he_in_a_eulogy_is_the_man_it_is_for_not_the_last_man_who_spoke() -> None:
    text = ("Eulogy for Stanley Rudd, delivered by his son Peter Rudd\n\n"
            "My father did not waste words.\n\n"
            'His foreman, Cyril Banks, came round last week. "Stan never missed a shift,"'
            " Cyril told us.\n\n"
            'My mother saw it differently. "He missed plenty. He just came in anyway," she said.\n\n'
            'In the last week, on the ward, he asked me for the cricket scores. "Not to follow them,"'
            ' he said. "Just to see who was losing."')
    assert _speakers(text)[-2:] == ["Stanley Rudd", "Stanley Rudd"]


def test_he_goes_on_with_the_man_quoted_just_before_in_news() -> None:
    text = ("Students occupy library\n\n"
            "The vice-chancellor, Professor Alastair Greig, said the university had to act.\n\n"
            '"If we do nothing, the whole university is at risk," he said.\n\n'
            'Asked whether he would meet the students, he said: "My door is open."')
    assert _speakers(text) == ["Alastair Greig", "Alastair Greig"]


def test_a_pronoun_after_a_described_person_in_its_paragraph_is_not_the_subject() -> None:
    text = ("Interview with bookseller Fintan Moore\n\n"
            "Fintan Moore runs a bookshop in Sligo. He spoke to us about the trade.\n\n"
            "How did it start?\n\n"
            'It was my uncle\'s. He ran it for years and when he retired he said to me, "Take it or it '
            'becomes a vape shop." So I took it.')
    assert _speakers(text) == ["my uncle"]


def test_a_bare_turn_before_one_that_calls_a_speaker_by_name_is_theirs() -> None:
    text = ("Len, Maggie and Father Brennan played whist at the Crown every Friday, and Len always lost.\n\n"
            '"Spades are trumps," said Maggie.\n\n'
            '"They were trumps last hand."\n\n'
            '"And now they are trumps again. Keep up, Len."\n\n'
            "Father Brennan put down a card without a word.\n\n"
            '"I will pay you both next week," Len said.')
    assert _speakers(text)[1] == "Len"


def test_a_bare_question_before_a_call_by_first_name_in_a_panel() -> None:
    text = ("We asked three bakers, Rafael Moreno of Casa Lume, Helen Tsui of Jade Garden and Bryony Ash of Crumb, "
            "to share a table.\n\n"
            '"Never," said Moreno.\n\n'
            '"Every day," said Tsui.\n\n'
            'Ash laughed. "I eat whatever comes out lopsided."\n\n'
            '"Is that healthy?"\n\n'
            '"Is anything in this job healthy, Rafael?"\n\n'
            "Nobody answered that.")
    assert _speakers(text)[3] == "Rafael Moreno"


def test_a_one_word_answer_that_is_a_name_is_no_call() -> None:
    text = ("Priya sat beside the old man on the bus. He told her he had worked at the shipyard, then at the hospital.\n\n"
            '"What did you do at the hospital?" Priya asked.\n\n'
            '"Porter. Pushed people about."\n\n'
            '"Did you like it, Porter?"')
    assert "Porter" not in _speakers(text)


def test_a_name_that_never_speaks_is_not_given_a_turn() -> None:
    text = ("Sam and his father sat in the boat in the dark.\n\n"
            '"How do you know?" Sam asked.\n\n'
            '"I filled it, Samuel, while you were asleep."\n\n'
            '"And the belt?"\n\n'
            '"Gone, Samuel, gone."')
    assert "Samuel" not in _speakers(text)


def test_a_role_word_first_used_in_a_tag_is_the_other_one_talking() -> None:
    text = ("The Bell Foundry\n\n"
            "Mr Okoro did not look up when the girl came in. He was filing the lip of a small bell.\n\n"
            '"Shut the door. Draughts spoil the ring," Mr Okoro said.\n\n'
            '"My father says you need a helper," Ada said.\n\n'
            '"Your father is wrong. I need someone to listen."\n\n'
            '"Listen to what?"\n\n'
            'Ada waited while he held the bell to his ear.\n\n'
            '"How long did you learn, before you cast one?" Ada asked.\n\n'
            '"Nine years. I was a slow girl\'s slow brother," said the founder.')
    assert _speakers(text)[-1] == "Okoro"


def test_a_role_introduced_before_stays_its_own_voice() -> None:
    text = ("Mr Okoro and Ada sat by the furnace. A waiter from the café next door brought tea.\n\n"
            '"Shut the door," Mr Okoro said.\n\n'
            '"My father says you need a helper," Ada said.\n\n'
            '"Your father is wrong. I need someone to listen."\n\n'
            '"Listen to what?"\n\n'
            'Ada waited while he held the bell to his ear.\n\n'
            '"How long did you learn?" Ada asked.\n\n'
            '"Milk is extra," said the waiter.')
    assert _speakers(text)[-1] not in ("Okoro", "Ada")
